package dev.dossier.search;

import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Mends a known fault of the Snowball Russian stemmer: it reads the л or н that ends a noun after а
 * or я as a verb ending, so one noun's forms get two stems. генерал and генерала stem to генера (as
 * делал, делала to дела), генералу and генералом to генерал; so do капитал, океан, журнал,
 * Туркестан, англичан. A query for генерал found 38 of the 96 documents of the shared corpora that
 * have some form of it.
 *
 * <p>A stemmed Russian query term is widened to the other half of its noun, where the index's own
 * words show the split: some word stems to the longer stem (генералом: генерал) and some to the
 * shorter (генерала: генера), both being the same base with a case ending. Nothing is added where
 * only one half occurs, or where the base does not end in а or я and л or н, so the stemmer's other
 * choices stand. The widened term scores as one term ({@link SynonymQuery}, {@link
 * MultiPhraseQuery}), as a synonym does in Lucene.
 */
final class SplitStems {

  /** Case endings after which the stemmer keeps the base whole (генерал-у, генерал-ом). */
  private static final List<String> WHOLE_BASE = List.of("у", "ом", "е", "ов", "ам", "ами", "ах");

  /** The base alone and the endings after which it loses its last letter (генерал, генерал-а). */
  private static final List<String> SHORTENED_BASE = List.of("", "а", "и", "ы", "о");

  private static final String LANGUAGE = "ru";

  private final IndexSchema schema;
  private final NameSeeds index;

  SplitStems(IndexSchema schema, NameSeeds index) {
    this.schema = schema;
    this.index = index;
  }

  /**
   * {@code stemmed}, a term or phrase query of a language's stemmed field as {@link
   * org.apache.lucene.util.QueryBuilder} makes it, with each Russian stem widened to its split half
   * where the index shows one; any other query as it is.
   */
  Query widen(Query stemmed) {
    if (stemmed instanceof TermQuery term && isRussianText(term.getTerm().field())) {
      String partner = partner(term.getTerm().text());
      return partner == null
          ? stemmed
          : new SynonymQuery.Builder(term.getTerm().field())
              .addTerm(term.getTerm())
              .addTerm(new Term(term.getTerm().field(), partner))
              .build();
    }
    if (stemmed instanceof PhraseQuery phrase
        && phrase.getTerms().length > 0
        && isRussianText(phrase.getField())) {
      return widen(phrase);
    }
    return stemmed;
  }

  private Query widen(PhraseQuery phrase) {
    Term[] terms = phrase.getTerms();
    int[] positions = phrase.getPositions();
    MultiPhraseQuery.Builder widened = new MultiPhraseQuery.Builder().setSlop(phrase.getSlop());
    boolean any = false;
    for (int i = 0; i < terms.length; i++) {
      String partner = partner(terms[i].text());
      any |= partner != null;
      widened.add(
          partner == null
              ? new Term[] {terms[i]}
              : new Term[] {terms[i], new Term(terms[i].field(), partner)},
          positions[i]);
    }
    return any ? widened.build() : phrase;
  }

  /**
   * Whether stems {@code a} and {@code b} of {@code field} can be the halves of one split noun
   * (генера, генерал): what a highlighted word's stem is checked against, after the query was
   * widened only where the index showed the split.
   */
  static boolean halves(String field, String a, String b) {
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    return isRussianText(field)
        && longer.length() == shorter.length() + 1
        && longer.startsWith(shorter)
        && endsWith(longer, "лн")
        && endsWith(shorter, "ая");
  }

  private static boolean isRussianText(String field) {
    return field.equals(Fields.text(LANGUAGE));
  }

  /** The other half of {@code stem}'s split noun, or null. */
  String partner(String stem) {
    if (endsWith(stem, "ая")) { // генера: the base is генерал or генеран
      for (String letter : List.of("л", "н")) {
        String base = stem + letter;
        if (occurs(base) && splits(base)) {
          return base;
        }
      }
    } else if (stem.length() > 2 && endsWith(stem, "лн") && endsWith(chop(stem), "ая")) {
      String shorter = chop(stem); // генерал: the shorter half is генера
      if (occurs(shorter) && splits(stem)) {
        return shorter;
      }
    }
    return null;
  }

  /**
   * Whether the index has a word that is {@code base} with a case ending and keeps the base whole,
   * and one that loses its last letter to the stemmer.
   */
  private boolean splits(String base) {
    String shorter = chop(base);
    return anyForm(base, WHOLE_BASE, base) && anyForm(base, SHORTENED_BASE, shorter);
  }

  private boolean anyForm(String base, List<String> endings, String stem) {
    for (String ending : endings) {
      String word = base + ending;
      if (index.docFreq(Fields.exact(LANGUAGE), word) > 0
          && schema.stems(LANGUAGE, word).equals(List.of(stem))) {
        return true;
      }
    }
    return false;
  }

  private boolean occurs(String stem) {
    return index.docFreq(Fields.text(LANGUAGE), stem) > 0;
  }

  private static boolean endsWith(String word, String letters) {
    return !word.isEmpty() && letters.indexOf(word.charAt(word.length() - 1)) >= 0;
  }

  private static String chop(String word) {
    return word.substring(0, word.length() - 1);
  }
}

package dev.dossier.search;

import dev.dossier.config.NameVariants;
import dev.dossier.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Lists what an index has learnt of names ({@code dossier names}): every pair of {@link
 * Fields#LEARNT_NAMES} from the Russian side, with how many documents translate it so, and the
 * words the texts write for each key.
 */
final class LearntNames {

  private LearntNames() {}

  /**
   * The pairs, most documents first; {@code filter} (empty for all) keeps those with a name
   * starting with it.
   */
  static List<LearntName> list(IndexReader reader, NameVariants variants, String filter)
      throws IOException {
    Map<String, String> words = surfaces(reader);
    List<LearntName> pairs = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, Fields.LEARNT_NAMES);
    if (terms == null) {
      return pairs;
    }
    String wanted = filter.toLowerCase(Locale.ROOT).replace('ё', 'е');
    TermsEnum te = terms.iterator();
    BytesRef prefix = new BytesRef("ru:");
    if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
      return pairs;
    }
    for (BytesRef term = te.term();
        term != null && term.utf8ToString().startsWith("ru:");
        term = te.next()) {
      String text = term.utf8ToString(); // ru:<key>><language>:<key>
      int arrow = text.indexOf('>');
      String russianKey = text.substring(3, arrow);
      String language = text.substring(arrow + 1, text.indexOf(':', arrow));
      String otherKey = text.substring(text.indexOf(':', arrow) + 1);
      String russian = display(words.getOrDefault("ru:" + russianKey, russianKey));
      String other = display(words.getOrDefault("la:" + otherKey, otherKey));
      if (!wanted.isEmpty()
          && !russian.toLowerCase(Locale.ROOT).startsWith(wanted)
          && !other.toLowerCase(Locale.ROOT).startsWith(wanted)) {
        continue;
      }
      boolean refused =
          variants.distinctFrom(russian).stream().anyMatch(n -> n.equalsIgnoreCase(other))
              || variants.distinctFrom(other).stream().anyMatch(n -> n.equalsIgnoreCase(russian));
      pairs.add(new LearntName(russian, other, language, te.docFreq(), refused));
    }
    pairs.sort(
        Comparator.comparingInt(LearntName::documents)
            .reversed()
            .thenComparing(LearntName::russian));
    return pairs;
  }

  /**
   * For each name key, the word the texts write for it ({@code ru:<key>} for Russian words, {@code
   * la:<key>} for Latin-alphabet ones): the shortest, which for a Russian name is usually its
   * nominative. From the name-key table, whose {@code s:<word>:<key>} entries map words to keys.
   */
  private static Map<String, String> surfaces(IndexReader reader) throws IOException {
    Map<String, String> words = new HashMap<>();
    Terms terms = MultiTerms.getTerms(reader, Fields.NAME_KEYS);
    if (terms == null) {
      return words;
    }
    TermsEnum te = terms.iterator();
    BytesRef prefix = new BytesRef(Fields.NAME_KEYS_WORD);
    if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
      return words;
    }
    for (BytesRef term = te.term();
        term != null && term.utf8ToString().startsWith(Fields.NAME_KEYS_WORD);
        term = te.next()) {
      String text = term.utf8ToString().substring(Fields.NAME_KEYS_WORD.length());
      int colon = text.lastIndexOf(':');
      String word = text.substring(0, colon).replaceFirst("['’]s$", "");
      String key =
          (word.chars().anyMatch(c -> c >= 'а' && c <= 'я') ? "ru:" : "la:")
              + text.substring(colon + 1);
      words.merge(key, word, (a, b) -> b.length() < a.length() ? b : a);
    }
    return words;
  }

  private static String display(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}

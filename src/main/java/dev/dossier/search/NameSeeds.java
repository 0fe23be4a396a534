package dev.dossier.search;

import dev.dossier.analysis.NameKey;
import dev.dossier.analysis.NameKeyFilter;
import dev.dossier.analysis.NameKeys;
import dev.dossier.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Finds, in a name-key field, the translit keys of the words that share a phonetic code with a
 * query word: the indexed spellings of that name (for Guevara in {@code names_ru}: {@code gevar}).
 * They seed OCR-fuzzy matching, because an OCR error is one edit away from the spelling in the
 * text, not from the query's spelling.
 */
final class NameSeeds {

  private final IndexReader reader;

  /** Seeds from {@code reader}; with none (null), there are no seeds. */
  NameSeeds(IndexReader reader) {
    this.reader = reader;
  }

  /** At most this many index terms stand for one level of one word: enough for any name's forms. */
  static final int MAX_TERMS = 256;

  /** The translit keys the phonetic terms {@code p:<code>:<translit>} carry. */
  static Set<String> seedsOf(Set<String> phoneticTerms) {
    Set<String> seeds = new LinkedHashSet<>();
    for (String term : phoneticTerms) {
      seeds.add(term.substring(term.indexOf(':', NameKeyFilter.PHONETIC.length()) + 1));
    }
    return seeds;
  }

  /**
   * The phonetic terms {@code p:<code>:<translit>} of the name-key field {@code field}'s words that
   * carry any of {@code codes} ({@link Fields#phonetic}), read by prefix: the translit keys they
   * name are the phonetic level as plain terms, so that neither the search nor the highlighter has
   * to run a prefix automaton over the field's terms.
   */
  Set<String> phoneticTerms(String field, Iterable<String> codes) {
    Set<String> found = new LinkedHashSet<>();
    Terms terms = terms(Fields.phonetic(field));
    if (terms == null) {
      return found;
    }
    try {
      TermsEnum te = terms.iterator();
      for (String code : codes) {
        BytesRef prefix = new BytesRef(NameKeyFilter.PHONETIC + code + ":");
        if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
          continue;
        }
        for (BytesRef term = te.term();
            term != null && StringHelper.startsWith(term, prefix) && found.size() < MAX_TERMS;
            term = te.next()) {
          found.add(term.utf8ToString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /**
   * The translit-key terms of {@code field} one edit from {@code seed} (Levenshtein automaton,
   * transpositions counted as one edit, as FuzzyQuery does), as plain terms.
   */
  Set<String> fuzzyTerms(String field, String seed) {
    Set<String> found = new LinkedHashSet<>();
    Terms terms = terms(field);
    if (terms == null) {
      return found;
    }
    try {
      FuzzyTermsEnum fuzzy =
          new FuzzyTermsEnum(
              terms,
              new Term(field, NameKeyFilter.TRANSLIT + seed),
              1,
              NameKeyFilter.TRANSLIT.length(),
              true);
      for (BytesRef term = fuzzy.next();
          term != null && found.size() < MAX_TERMS;
          term = fuzzy.next()) {
        found.add(term.utf8ToString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /**
   * The name keys of {@code word}: read from the index when a document has the word ({@link
   * Fields#NAME_KEYS}), else computed. The same keys either way; reading them spares a fresh
   * process ICU's transforms and Beider–Morse.
   */
  NameKey nameKey(String word) {
    NameKey indexed = indexedKey(word);
    return indexed != null ? indexed : NameKeys.of(word);
  }

  /**
   * The translit key of {@code word}: read from the index when a document has the word, else
   * computed.
   */
  String translit(String word) {
    NameKey indexed = indexedKey(word);
    if (indexed != null) {
      return indexed.translit();
    }
    String computed = NameKeys.translit(word);
    return computed.length() < NameKeys.MIN_KEY ? "" : computed;
  }

  /** The keys of {@code word} as the index has them; null when no document has the word. */
  NameKey indexedKey(String word) {
    Terms terms = terms(Fields.NAME_KEYS);
    if (terms == null) {
      return null;
    }
    try {
      TermsEnum te = terms.iterator();
      String wordPrefix = Fields.NAME_KEYS_WORD + NameKeys.lookupForm(word) + ":";
      List<String> found = withPrefix(te, wordPrefix, 1);
      if (found.isEmpty()) {
        return null;
      }
      String translit = found.get(0);
      List<String> codes = withPrefix(te, Fields.NAME_KEYS_CODE + translit + ":", MAX_TERMS);
      // a run writes each entry once, so a word's entry and its translit's codes may sit in
      // different documents,
      // and the codes' document may be gone: then they are computed
      return codes.isEmpty() ? null : new NameKey(translit, codes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rest of each term that starts with {@code prefix}, at most {@code max}. */
  private static List<String> withPrefix(TermsEnum te, String prefix, int max) throws IOException {
    List<String> rests = new ArrayList<>();
    BytesRef bytes = new BytesRef(prefix);
    if (te.seekCeil(bytes) == TermsEnum.SeekStatus.END) {
      return rests;
    }
    for (BytesRef term = te.term();
        term != null && StringHelper.startsWith(term, bytes) && rests.size() < max;
        term = te.next()) {
      rests.add(term.utf8ToString().substring(prefix.length()));
    }
    return rests;
  }

  /**
   * The keys of {@code target}'s names that aligned documents translate the {@code source} name
   * {@code key} as ({@link Fields#LEARNT_NAMES}), with how many documents do.
   */
  java.util.Map<String, Integer> learnt(String source, String key, String target) {
    java.util.Map<String, Integer> found = new java.util.LinkedHashMap<>();
    Terms terms = terms(Fields.LEARNT_NAMES);
    if (terms == null) {
      return found;
    }
    try {
      TermsEnum te = terms.iterator();
      String prefix = dev.dossier.index.NamePairLearner.term(source, key, target, "");
      for (String rest : withPrefix(te, prefix, MAX_TERMS)) {
        found.put(rest, reader.docFreq(new Term(Fields.LEARNT_NAMES, prefix + rest)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /**
   * Whether the documents have {@code key} as a name (the name field has only capitalised words) in
   * at least {@link NameLevels#NAME_SHARE} of as many as have {@code word} in any case: Mikheev's
   * evidence of case summed over the collection (see {@link NameLevels}).
   */
  boolean writtenAsName(String namesField, String key, String exactField, String word) {
    return docFreq(namesField, NameKeyFilter.TRANSLIT + key)
        >= NameLevels.NAME_SHARE * docFreq(exactField, word);
  }

  /** How many documents have {@code term} in {@code field}; 0 without an index. */
  int docFreq(String field, String term) {
    if (reader == null) {
      return 0;
    }
    try {
      return reader.docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The terms of {@code field}, or null when there is no reader or no such field. */
  Terms terms(String field) {
    if (reader == null) {
      return null;
    }
    try {
      return MultiTerms.getTerms(reader, field);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.dossier.search;

import dev.dossier.analysis.NameKeyFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Finds, in a name-key field, the translit keys of the words that share a phonetic code with a query word: the
 * indexed spellings of that name (for Guevara in {@code names_ru}: {@code gevar}). They seed OCR-fuzzy matching,
 * because an OCR error is one edit away from the spelling in the text, not from the query's spelling.
 */
final class NameSeeds {

  private final IndexReader reader;

  /** Seeds from {@code reader}; with none (null), there are no seeds. */
  NameSeeds(IndexReader reader) {
    this.reader = reader;
  }

  /** Translit keys in {@code field} of words with any of {@code codes}. */
  Set<String> of(String field, Iterable<String> codes) {
    Set<String> seeds = new LinkedHashSet<>();
    if (reader == null) {
      return seeds;
    }
    try {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        return seeds;
      }
      TermsEnum te = terms.iterator();
      for (String code : codes) {
        BytesRef prefix = new BytesRef(NameKeyFilter.PHONETIC + code + ":");
        if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
          continue;
        }
        for (BytesRef term = te.term(); term != null && StringHelper.startsWith(term, prefix); term = te.next()) {
          seeds.add(term.utf8ToString().substring(prefix.length));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return seeds;
  }
}

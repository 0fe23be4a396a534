package dev.dossier.search;

import dev.dossier.analysis.NameKey;
import dev.dossier.analysis.NameKeyFilter;
import dev.dossier.analysis.NameKeys;
import dev.dossier.analysis.RussianRomanizer;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import java.util.List;

/**
 * Whether a query word is to be treated as a name, by the evidence of the collection: how the
 * documents write it (capitalised or not) and what the stemmer would take off it. Ordinary words
 * ("conversation", "договор") are written in lowercase somewhere, names are not: the case evidence
 * of the collection, as in Mikheev's document-centred treatment of capitalised words (A. Mikheev,
 * "Periods, Capitalized Words, etc.", Computational Linguistics 28(3), 2002).
 */
final class NameEvidence {

  private final IndexSchema schema;
  private final NameSeeds seeds;

  NameEvidence(IndexSchema schema, NameSeeds seeds) {
    this.schema = schema;
    this.seeds = seeds;
  }

  /**
   * Whether a query word is to be matched as a name (transliterated, phonetic, OCR-fuzzy): when the
   * user capitalised it, when the index does not have it, or when every document that has it has it
   * capitalised (the documents with its name key, which only capitalised words get, are at least as
   * many as those with the word in any case). An ordinary word then costs a few term lookups
   * instead of a phonetic and fuzzy expansion it would not use.
   */
  boolean isNameLike(String word, NameKey key, List<String> languages) {
    if (Character.isUpperCase(word.codePointAt(0)) || key.translit().isEmpty()) {
      return true;
    }
    long capitalised = 0;
    long anyCase = 0;
    for (String language : languages) {
      capitalised += seeds.docFreq(Fields.names(language), NameKeyFilter.TRANSLIT + key.translit());
      for (String form : exactForms(language, word)) {
        anyCase += seeds.docFreq(Fields.exact(language), form);
      }
    }
    return anyCase == 0 || capitalised >= anyCase;
  }

  /**
   * Whether the collection writes {@code word} as a name: it has the word's name key, in at least
   * half as many documents as have the word in any case (the collection-level form of the evidence
   * of {@link #isNameLike}).
   */
  boolean writtenAsName(String word, NameKey key, List<String> languages) {
    long asName = 0;
    long anyCase = 0;
    for (String language : languages) {
      String k = language.equals("ru") ? NameKeys.russianKey(word) : key.translit();
      asName += seeds.docFreq(Fields.names(language), NameKeyFilter.TRANSLIT + k);
      for (String form : exactForms(language, word)) {
        anyCase += seeds.docFreq(Fields.exact(language), form);
      }
    }
    return asName > 0 && 2 * asName >= anyCase;
  }

  /**
   * Whether a capitalised word, which may be a name the collection lacks, loses more to the
   * language's stemmer than a case ending: Мао stems to ма (and would find мая), Marshall to
   * marshal, Hughes to hugh. A name is then met by its name key, which takes off a case ending
   * only.
   */
  boolean overStemmed(String language, String word) {
    if (!Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    List<String> stems = schema.stems(language, word);
    String lower = NameKeys.lookupForm(word);
    String nameStem = RussianRomanizer.isRussian(lower) ? NameKeys.cyrillicStem(lower) : lower;
    return stems.size() == 1 && stems.get(0).length() < nameStem.length();
  }

  /** The terms of {@code word} in a language's unstemmed field. */
  private List<String> exactForms(String language, String word) {
    return schema.terms(Fields.exact(language), word);
  }
}

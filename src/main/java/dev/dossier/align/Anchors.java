package dev.dossier.align;

import dev.dossier.analysis.NameKeyFilter;
import dev.dossier.analysis.RecordedTokens;
import dev.dossier.config.Glossary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cross-language anchors of a passage: what a translation keeps whatever the language. Numbers
 * (29, 1963), names (by their phonetic name keys, so Гевара meets Guevara) and glossary terms
 * (хозрасчет meets self-financing), each an item of alternative keys; two passages share an item
 * when any key is in both.
 */
final class Anchors {

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private final Glossary glossary;
  private final Stemmer stemmer;

  /** Per language, the glossary entries by the first stem of their term there, computed once. */
  private final java.util.Map<String, java.util.Map<String, List<Term>>> termsByFirstStem =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A glossary term's stems in one language, and the anchor key of its entry. */
  private record Term(List<String> stems, String key) {}

  Anchors(Glossary glossary, Stemmer stemmer) {
    this.glossary = glossary;
    this.stemmer = stemmer;
  }

  private java.util.Map<String, List<Term>> termsByFirstStem(String language) {
    return termsByFirstStem.computeIfAbsent(
        language,
        l -> {
          java.util.Map<String, List<Term>> byFirst = new java.util.HashMap<>();
          for (Glossary.Entry entry : glossary.entries()) {
            String term = entry.term(l);
            List<String> stems = term == null ? List.of() : stemmer.stems(l, term);
            if (!stems.isEmpty()) {
              byFirst
                  .computeIfAbsent(stems.get(0), unused -> new ArrayList<>())
                  .add(new Term(stems, "g:" + entry.en().toLowerCase(java.util.Locale.ROOT)));
            }
          }
          return byFirst;
        });
  }

  /**
   * The anchor items of one paragraph of an analysed text: its numbers, the phonetic codes of each
   * of its names and the glossary terms among its stems, all read from the indexing analysis of the
   * whole text.
   */
  List<Set<String>> of(AnalysedText text, Block block) {
    List<Set<String>> items = new ArrayList<>();
    Matcher number = NUMBER.matcher(block.text());
    while (number.find()) {
      items.add(Set.of("#" + withoutLeadingZeros(number.group())));
    }
    RecordedTokens names = text.names();
    Set<String> codes = new HashSet<>();
    int wordStart = -1;
    for (int i = names.firstAtOrAfter(block.start());
        i < names.size() && names.start(i) < block.end();
        i++) {
      if (!names.termStartsWith(i, NameKeyFilter.PHONETIC)) {
        continue;
      }
      if (names.start(i) != wordStart && !codes.isEmpty()) {
        items.add(codes);
        codes = new HashSet<>();
      }
      wordStart = names.start(i);
      String term = names.term(i); // p:<code>:<translit>
      codes.add(term.substring(0, term.lastIndexOf(':')));
    }
    if (!codes.isEmpty()) {
      items.add(codes);
    }
    RecordedTokens stemTokens = text.stems();
    List<String> stems = new ArrayList<>();
    for (int i = stemTokens.firstAtOrAfter(block.start());
        i < stemTokens.size() && stemTokens.start(i) < block.end();
        i++) {
      stems.add(stemTokens.term(i));
    }
    java.util.Map<String, List<Term>> byFirst = termsByFirstStem(text.language());
    Set<String> seen = new HashSet<>();
    for (String stem : stems) {
      List<Term> candidates = byFirst.get(stem);
      if (candidates == null || !seen.add(stem)) {
        continue;
      }
      for (Term term : candidates) {
        if (term.stems().size() == 1 || Collections.indexOfSubList(stems, term.stems()) >= 0) {
          items.add(Set.of(term.key()));
        }
      }
    }
    return items;
  }

  private static String withoutLeadingZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  /** How many items of {@code a} have a key among {@code b}'s. */
  static int shared(List<Set<String>> a, List<Set<String>> b) {
    Set<String> keys = new HashSet<>();
    b.forEach(keys::addAll);
    int shared = 0;
    for (Set<String> item : a) {
      if (!Collections.disjoint(item, keys)) {
        shared++;
      }
    }
    return shared;
  }
}

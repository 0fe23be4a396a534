package dev.dossier.align;

import dev.dossier.analysis.NameKey;
import dev.dossier.analysis.NameKeys;
import dev.dossier.config.Glossary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cross-language anchors of a passage: what a translation keeps whatever the language. Numbers (29, 1963),
 * names (by their phonetic name keys, so Гевара meets Guevara) and glossary terms (хозрасчет meets
 * self-financing), each an item of alternative keys; two passages share an item when any key is in both.
 */
final class Anchors {

  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{L}{2,}");

  private final Glossary glossary;
  private final Stemmer stemmer;
  /** The stems of each glossary term, per language, computed once. */
  private final java.util.Map<String, List<List<String>>> termStems = new java.util.concurrent.ConcurrentHashMap<>();

  Anchors(Glossary glossary, Stemmer stemmer) {
    this.glossary = glossary;
    this.stemmer = stemmer;
  }

  private List<List<String>> termStems(String language) {
    return termStems.computeIfAbsent(language, l -> {
      List<List<String>> all = new ArrayList<>();
      for (Glossary.Entry entry : glossary.entries()) {
        String term = entry.term(l);
        all.add(term == null ? List.of() : stemmer.stems(l, term));
      }
      return all;
    });
  }

  /** The anchor items of {@code text}, written in {@code language}. */
  List<Set<String>> of(String text, String language) {
    List<Set<String>> items = new ArrayList<>();
    Matcher number = NUMBER.matcher(text);
    while (number.find()) {
      items.add(Set.of("#" + number.group().replaceFirst("^0+(?=.)", "")));
    }
    Matcher name = CAPITALISED.matcher(text);
    while (name.find()) {
      NameKey key = NameKeys.of(name.group());
      if (!key.phonetic().isEmpty()) {
        Set<String> codes = new HashSet<>();
        key.phonetic().forEach(c -> codes.add("p:" + c));
        items.add(codes);
      }
    }
    List<String> stems = stemmer.stems(language, text);
    Set<String> present = new HashSet<>(stems);
    List<Glossary.Entry> entries = glossary.entries();
    List<List<String>> terms = termStems(language);
    for (int e = 0; e < entries.size(); e++) {
      List<String> term = terms.get(e);
      if (!term.isEmpty() && present.contains(term.get(0)) && Collections.indexOfSubList(stems, term) >= 0) {
        items.add(Set.of("g:" + entries.get(e).en().toLowerCase(java.util.Locale.ROOT)));
      }
    }
    return items;
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

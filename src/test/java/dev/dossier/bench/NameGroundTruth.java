package dev.dossier.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which documents name a person or place, read from the texts themselves with no part of Dossier's
 * analysis: the ground truth of the names evaluation. A Russian name matches in any case form of a
 * generic declension (Рузвельт, Рузвельта, Рузвельтом; Италия, Италии; indeclinable foreign names
 * as written), an English name as written or in capitals, possessive allowed; both as whole words,
 * the first letter capitalised, ё read as е. The words of a name of several words follow each
 * other, separated by spaces, hyphens or dashes.
 */
final class NameGroundTruth {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final String SEPARATOR = "[\\s\\-\u2010\u2011\u2012\u2013\u2014'\u2019]+";
  private static final Set<String> PARTICLES =
      Set.of("де", "да", "ди", "дель", "ле", "ла", "фон", "ван", "бен", "эль", "аль", "ибн", "у");

  private final List<String> texts;

  /** Capitalised words, by the documents that have them. */
  private final Map<String, BitSet> capitalised = new HashMap<>();

  /** Ground truth over {@code texts}, each one document's text (in one language). */
  NameGroundTruth(List<String> texts) {
    this.texts = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i).replace('ё', 'е').replace('Ё', 'Е');
      this.texts.add(text);
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        if (Character.isUpperCase(text.charAt(m.start()))) {
          capitalised.computeIfAbsent(m.group(), k -> new BitSet()).set(i);
        }
      }
    }
  }

  /** The documents (by position) whose text names {@code russian} or one of its variants. */
  BitSet russian(List<String> names) {
    BitSet docs = new BitSet();
    for (String name : names) {
      List<List<String>> words = new ArrayList<>();
      for (String w : words(name.replace('ё', 'е').replace('Ё', 'Е'))) {
        words.add(russianForms(w));
      }
      words.set(0, withCapitalised(words.get(0)));
      docs.or(find(words));
    }
    return docs;
  }

  /**
   * The documents whose text names {@code english} or one of its variants, as written or in
   * capitals.
   */
  BitSet english(List<String> names) {
    BitSet docs = new BitSet();
    for (String name : names) {
      List<List<String>> asWritten = new ArrayList<>();
      List<List<String>> capitals = new ArrayList<>();
      for (String w : words(name)) {
        asWritten.add(List.of(w));
        capitals.add(List.of(w.toUpperCase(Locale.ROOT)));
      }
      asWritten.set(0, withCapitalised(asWritten.get(0)));
      docs.or(find(asWritten));
      docs.or(find(capitals));
    }
    return docs;
  }

  private BitSet find(List<List<String>> words) {
    BitSet candidates = null;
    for (List<String> forms : words) {
      if (forms.stream().anyMatch(f -> !Character.isUpperCase(f.charAt(0)))) {
        continue; // a lowercase particle ("де") cannot narrow the search
      }
      BitSet any = new BitSet();
      forms.forEach(f -> any.or(capitalised.getOrDefault(f, new BitSet())));
      if (candidates == null) {
        candidates = any;
      } else {
        candidates.and(any);
      }
    }
    if (candidates == null) {
      candidates = new BitSet();
      candidates.set(0, texts.size());
    }
    boolean lowercaseForm =
        words.stream().flatMap(List::stream).anyMatch(f -> !Character.isUpperCase(f.charAt(0)));
    if (words.size() == 1 && !lowercaseForm) {
      return candidates; // the word index is of whole capitalised words: no need to look again
    }
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    for (int i = 0; i < words.size(); i++) {
      regex.append(i == 0 ? "" : SEPARATOR).append("(?:");
      List<String> forms = new ArrayList<>(words.get(i));
      forms.sort((a, b) -> b.length() - a.length());
      regex.append(String.join("|", forms.stream().map(Pattern::quote).toList())).append(")");
    }
    regex.append("(?![\\p{L}\\p{N}])");
    Pattern pattern = Pattern.compile(regex.toString());
    BitSet found = new BitSet();
    for (int d = candidates.nextSetBit(0); d >= 0; d = candidates.nextSetBit(d + 1)) {
      if (pattern.matcher(texts.get(d)).find()) {
        found.set(d);
      }
    }
    return found;
  }

  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(name);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static List<String> withCapitalised(List<String> forms) {
    Set<String> all = new LinkedHashSet<>(forms);
    for (String f : forms) {
      all.add(f.substring(0, 1).toUpperCase(Locale.ROOT) + f.substring(1));
    }
    return List.copyOf(all);
  }

  /**
   * The case forms of one Russian word by a generic declension (after the team's count.py,
   * bench/names).
   */
  static List<String> russianForms(String w) {
    String lw = w.toLowerCase(Locale.ROOT);
    if (PARTICLES.contains(lw) || w.length() < 2 || !Character.isLetter(w.charAt(w.length() - 1))) {
      return List.of(w);
    }
    if (w.equals(w.toUpperCase(Locale.ROOT))) {
      return List.of(w); // an acronym: ТАСС, НАТО
    }
    if (lw.endsWith("ия")) {
      return forms(w, 2, "ия", "ии", "ию", "ией", "иею");
    }
    if (lw.endsWith("ая")) {
      return forms(w, 2, "ая", "ой", "ую", "ою");
    }
    if (lw.endsWith("ые")) {
      return forms(w, 2, "ые", "ых", "ым", "ыми");
    }
    if (lw.endsWith("ие") && w.length() > 4) {
      return forms(w, 2, "ие", "их", "им", "ими");
    }
    if (lw.endsWith("ий") || lw.endsWith("ый")) {
      return forms(
          w,
          2,
          lw.substring(lw.length() - 2),
          "ого",
          "ому",
          "им",
          "ым",
          "ом",
          "ия",
          "ию",
          "ием",
          "ии");
    }
    if (lw.endsWith("ой") && w.length() > 3) {
      return forms(w, 2, "ой", "ого", "ому", "ым", "ом");
    }
    if (lw.endsWith("й")) {
      return forms(w, 1, "й", "я", "ю", "ем", "е", "и", "ей");
    }
    if (lw.endsWith("а")) {
      return forms(w, 1, "а", "ы", "и", "е", "у", "ой", "ою", "ей");
    }
    if (lw.endsWith("я")) {
      return forms(w, 1, "я", "и", "е", "ю", "ей", "ею");
    }
    if (lw.endsWith("ь")) {
      return forms(w, 1, "ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях");
    }
    if (lw.endsWith("ы") && w.length() > 3) {
      return forms(w, 1, "ы", "ов", "ам", "ами", "ах", "");
    }
    if ("аеиоуыэюя".indexOf(lw.charAt(lw.length() - 1)) >= 0) {
      return List.of(w); // an indeclinable foreign name: Кеннеди, Неру, Франко
    }
    return forms(
        w, 0, "", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "ым", "ой", "ем", "ей", "и");
  }

  private static List<String> forms(String w, int cut, String... endings) {
    String stem = w.substring(0, w.length() - cut);
    List<String> forms = new ArrayList<>();
    for (String e : endings) {
      forms.add(stem + e);
    }
    return forms;
  }
}

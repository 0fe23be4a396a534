package dev.dossier.search;

import dev.dossier.analysis.NameKeys;
import dev.dossier.config.Glossary;
import dev.dossier.index.IndexSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the glossary terms a query word or phrase stands for, in either language, by comparing
 * stems (so "labor union" and "labor unions" both find профсоюзы), and gives the other language's
 * terms.
 *
 * <p>Glossary terms are stemmed lazily, a bucket at a time: the entries with a word starting with
 * the letter the query's first stem starts with (a suffix-stripping stemmer keeps a word's first
 * letter). A one-shot search then stems a few dozen terms instead of the whole glossary.
 */
final class GlossaryLookup {

  /** A term of the other language, to search in that language's text. */
  record Translation(String language, String term) {}

  private static final List<String> LANGUAGES = List.of("en", "ru");

  private final IndexSchema schema;

  /** Per language, per first letter: the entries with a word starting with that letter. */
  private final Map<String, Map<Character, List<Glossary.Entry>>> buckets = new HashMap<>();

  /** Per language and letter: that bucket's entries by their joined stems, built on first use. */
  private final Map<String, Map<String, List<Glossary.Entry>>> byStems = new ConcurrentHashMap<>();

  private int longest;

  GlossaryLookup(Glossary glossary, IndexSchema schema) {
    this.schema = schema;
    for (String language : LANGUAGES) {
      Map<Character, List<Glossary.Entry>> byLetter = new HashMap<>();
      for (Glossary.Entry entry : glossary.entries()) {
        String term = entry.term(language);
        if (term == null || term.isBlank()) {
          continue;
        }
        String[] words = term.strip().split("\\s+");
        longest = Math.max(longest, words.length);
        for (String word : words) {
          List<Glossary.Entry> bucket =
              byLetter.computeIfAbsent(firstLetter(word), k -> new ArrayList<>());
          if (!bucket.contains(entry)) {
            bucket.add(entry);
          }
        }
      }
      buckets.put(language, byLetter);
    }
  }

  private static char firstLetter(String word) {
    char c = Character.toLowerCase(word.charAt(0));
    return c == 'ё' ? 'е' : c;
  }

  /** The most words a glossary term has. */
  int longestTerm() {
    return longest;
  }

  /**
   * The other-language terms of the glossary entries {@code text} is a term of; empty when none.
   */
  List<Translation> of(String text) {
    List<Translation> translations = new ArrayList<>();
    for (String language : LANGUAGES) {
      List<String> stems = schema.stems(language, text);
      if (stems.isEmpty()) {
        continue;
      }
      for (Glossary.Entry entry :
          index(language, firstLetter(stems.get(0)))
              .getOrDefault(String.join(" ", stems), List.of())) {
        if (!sameName(text, entry.term(language))) {
          continue;
        }
        for (String other : LANGUAGES) {
          Translation t = new Translation(other, entry.term(other));
          if (!other.equals(language) && !translations.contains(t)) {
            translations.add(t);
          }
        }
      }
    }
    return translations;
  }

  /**
   * Whether a capitalised word, which may be a name, is the glossary's one-word term: by its name
   * key as well as by its stem, because a stemmer strips more than a case ending from a name
   * (Мартов stems like март, "March"; Сахаров like сахар, "sugar"; Мао like май, "May"), while the
   * name key takes off one case ending only (Москвы and Москва share theirs). Other text is
   * compared by stems alone (labor union, labor unions).
   */
  private static boolean sameName(String text, String term) {
    String word = text.strip();
    if (word.isEmpty()
        || !Character.isUpperCase(word.codePointAt(0))
        || word.contains(" ")
        || term.strip().contains(" ")) {
      return true;
    }
    return NameKeys.translit(word).equals(NameKeys.translit(term.strip()));
  }

  /** The entries of one bucket by their joined stems. */
  private Map<String, List<Glossary.Entry>> index(String language, char letter) {
    return byStems.computeIfAbsent(
        language + ":" + letter,
        k -> {
          Map<String, List<Glossary.Entry>> index = new HashMap<>();
          for (Glossary.Entry entry : buckets.get(language).getOrDefault(letter, List.of())) {
            List<String> stems = schema.stems(language, entry.term(language));
            if (!stems.isEmpty()) {
              index.computeIfAbsent(String.join(" ", stems), s -> new ArrayList<>()).add(entry);
            }
          }
          return index;
        });
  }
}

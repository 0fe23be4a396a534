package dev.dossier.search;

import dev.dossier.config.Glossary;
import dev.dossier.index.IndexSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the glossary terms a query word or phrase stands for, in either language, by comparing stems (so
 * "labor union" and "labor unions" both find профсоюзы), and gives the other language's terms.
 */
final class GlossaryLookup {

  /** A term of the other language, to search in that language's text. */
  record Translation(String language, String term) {}

  private static final List<String> LANGUAGES = List.of("en", "ru");

  private final IndexSchema schema;
  private final Map<String, Map<String, List<Glossary.Entry>>> byStems = new HashMap<>();
  private int longest;

  GlossaryLookup(Glossary glossary, IndexSchema schema) {
    this.schema = schema;
    for (String language : LANGUAGES) {
      Map<String, List<Glossary.Entry>> index = new HashMap<>();
      for (Glossary.Entry entry : glossary.entries()) {
        List<String> stems = schema.stems(language, entry.term(language));
        if (!stems.isEmpty()) {
          index.computeIfAbsent(String.join(" ", stems), k -> new ArrayList<>()).add(entry);
          longest = Math.max(longest, entry.term(language).split("\\s+").length);
        }
      }
      byStems.put(language, index);
    }
  }

  /** The most words a glossary term has. */
  int longestTerm() {
    return longest;
  }

  /** The other-language terms of the glossary entries {@code text} is a term of; empty when none. */
  List<Translation> of(String text) {
    List<Translation> translations = new ArrayList<>();
    for (String language : LANGUAGES) {
      List<String> stems = schema.stems(language, text);
      if (stems.isEmpty()) {
        continue;
      }
      for (Glossary.Entry entry : byStems.get(language).getOrDefault(String.join(" ", stems), List.of())) {
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
}

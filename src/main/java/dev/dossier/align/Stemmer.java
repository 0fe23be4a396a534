package dev.dossier.align;

import java.util.List;

/**
 * The stems of a text in a language, by that language's analyzer: how glossary terms are found in
 * passages.
 */
@FunctionalInterface
public interface Stemmer {
  /** The stems of {@code text}, in order; empty for a language without an analyzer. */
  List<String> stems(String language, String text);
}

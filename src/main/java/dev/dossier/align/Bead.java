package dev.dossier.align;

import java.util.List;

/**
 * One link of an alignment: paragraph indices of the original and of the translation that translate
 * each other (either list empty for a paragraph with no counterpart).
 */
public record Bead(List<Integer> original, List<Integer> translation) {
  public Bead {
    original = List.copyOf(original);
    translation = List.copyOf(translation);
  }
}

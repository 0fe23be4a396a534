package dev.dossier.align;

import java.util.ArrayList;
import java.util.List;

/** The passage pairs of one document, in order, covering every passage of both texts. */
public record Alignment(List<PassagePair> pairs) {

  public Alignment {
    pairs = List.copyOf(pairs);
  }

  /** No pairs: a document with one text only, or none. */
  public static Alignment empty() {
    return new Alignment(List.of());
  }

  /** The pairs as text of the two texts they were aligned on. */
  public List<TextPair> texts(String original, String translation) {
    List<TextPair> texts = new ArrayList<>();
    for (PassagePair p : pairs) {
      texts.add(
          new TextPair(
              original.substring(p.originalStart(), p.originalEnd()),
              translation.substring(p.translationStart(), p.translationEnd())));
    }
    return texts;
  }

  /**
   * A compact form for a stored field: {@code os-oe:ts-te} per pair, pairs separated by {@code ;}.
   */
  public String encode() {
    StringBuilder sb = new StringBuilder();
    for (PassagePair p : pairs) {
      if (sb.length() > 0) {
        sb.append(';');
      }
      sb.append(p.originalStart())
          .append('-')
          .append(p.originalEnd())
          .append(':')
          .append(p.translationStart())
          .append('-')
          .append(p.translationEnd());
    }
    return sb.toString();
  }

  /** Reads {@link #encode()}'s form. */
  public static Alignment decode(String encoded) {
    List<PassagePair> pairs = new ArrayList<>();
    if (encoded == null || encoded.isEmpty()) {
      return new Alignment(pairs);
    }
    for (String pair : encoded.split(";")) {
      String[] sides = pair.split(":");
      String[] o = sides[0].split("-");
      String[] t = sides[1].split("-");
      pairs.add(
          new PassagePair(
              Integer.parseInt(o[0]),
              Integer.parseInt(o[1]),
              Integer.parseInt(t[0]),
              Integer.parseInt(t[1])));
    }
    return new Alignment(pairs);
  }
}

package dev.dossier.cli;

import java.util.Locale;

/**
 * Makes text that came from the user or from files safe to print: control characters (C0, DEL, C1)
 * and Unicode's bidirectional controls are written as escapes ({@code \x1b}, {@code \n}, {@code
 * \u202e}), so that a query, an id or a file name echoed in a message cannot colour the terminal,
 * move its cursor, break the message over lines or reorder it. Every line that echoes such text is
 * printed through here.
 */
final class ControlChars {

  private ControlChars() {}

  /** {@code text} with its control characters escaped; the text itself when it has none. */
  static String escape(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escapeOf(c);
      if (escape != null && escaped == null) {
        escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (escaped != null) {
        escaped.append(escape != null ? escape : String.valueOf(c));
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  private static String escapeOf(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
      return String.format(Locale.ROOT, "\\x%02x", (int) c);
    }
    if (isBidiControl(c)) {
      return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }
    return null;
  }

  /**
   * The characters that reorder the text around them (the "Trojan Source" characters, and the
   * marks).
   */
  private static boolean isBidiControl(char c) {
    return c == 0x061c
        || c == 0x200e
        || c == 0x200f
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }
}

package dev.dossier.cli;

import java.io.PrintWriter;

/**
 * The one-line messages {@code dossier} prints on stderr: {@code dossier: error: ...} and notes,
 * escaped.
 */
final class ErrorLines {

  private ErrorLines() {}

  /** Prints {@code dossier: error: MESSAGE}, the message's control characters escaped. */
  static void error(PrintWriter err, String message) {
    err.println("dossier: error: " + ControlChars.escape(message));
    err.flush();
  }

  /** Prints {@code dossier: MESSAGE}, the message's control characters escaped. */
  static void note(PrintWriter err, String message) {
    err.println("dossier: " + ControlChars.escape(message));
    err.flush();
  }
}

package dev.dossier.cli;

/** What {@code dossier}'s exit status means; README lists the same. */
final class ExitCodes {
  /** Everything went as asked. */
  static final int OK = 0;

  /**
   * The run failed, or failed in part (some files rejected, a document not found, the index busy,
   * the disk full, the index damaged).
   */
  static final int FAILED = 1;

  /**
   * Usage error: bad options, a malformed or too large query, no index, an index Dossier did not
   * write, a bad configuration.
   */
  static final int USAGE = 2;

  private ExitCodes() {}
}

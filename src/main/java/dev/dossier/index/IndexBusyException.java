package dev.dossier.index;

/** Another process holds the index's write lock. */
public class IndexBusyException extends RuntimeException {
  public IndexBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}

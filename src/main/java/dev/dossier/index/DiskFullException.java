package dev.dossier.index;

import java.io.IOException;

/** An indexing run ran out of disk space; its message says what the index still holds. */
public class DiskFullException extends IOException {
  public DiskFullException(String message, Throwable cause) {
    super(message, cause);
  }
}

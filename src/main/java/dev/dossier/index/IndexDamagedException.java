package dev.dossier.index;

import java.io.IOException;

/**
 * The index on disk fails a verification (a checksum, a document's own CRC); its message names what
 * failed.
 */
public class IndexDamagedException extends IOException {
  public IndexDamagedException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.dossier.ingest.files;

/**
 * A file cannot be read as an archive document; the message is the reason, for the batch report.
 */
public class RejectedFileException extends Exception {
  public RejectedFileException(String reason) {
    super(reason);
  }

  public RejectedFileException(String reason, Throwable cause) {
    super(reason, cause);
  }
}

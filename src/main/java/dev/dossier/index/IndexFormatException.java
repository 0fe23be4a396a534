package dev.dossier.index;

/**
 * The index on disk was written in another layout than this version of Dossier writes and reads.
 */
public class IndexFormatException extends RuntimeException {
  public IndexFormatException(String message) {
    super(message);
  }
}

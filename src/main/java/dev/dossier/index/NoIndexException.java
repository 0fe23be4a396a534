package dev.dossier.index;

/** There is no index where one was expected. */
public class NoIndexException extends Exception {
  public NoIndexException(String message) {
    super(message);
  }
}

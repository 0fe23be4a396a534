package dev.dossier.index;

/**
 * The {@code --solr} URL names no collection Solr has, or is no URL of a Solr collection at all: a
 * usage error.
 */
public final class NoCollectionException extends Exception {

  public NoCollectionException(String message) {
    super(message);
  }
}

package dev.dossier.index;

import java.io.IOException;

/** Solr cannot be reached or did not answer as Solr does: a node down, a network error. */
public final class SolrUnreachableException extends IOException {

  public SolrUnreachableException(String message) {
    super(message);
  }
}

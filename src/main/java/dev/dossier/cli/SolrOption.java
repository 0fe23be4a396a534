package dev.dossier.cli;

import picocli.CommandLine.Option;

/**
 * {@code --solr URL}: a command on a Dossier collection of SolrCloud instead of the embedded index;
 * the environment's {@code DOSSIER_SOLR} when the option is not given.
 */
final class SolrOption {

  @Option(
      names = "--solr",
      paramLabel = "URL",
      description =
          "Use a Dossier collection on SolrCloud instead of the embedded index: the URL of the"
              + " collection, such as http://localhost:8983/solr/dossier (default: $DOSSIER_SOLR,"
              + " else the embedded index). The same output; see docs/solrcloud.md.")
  String url;

  /** The collection's URL, or null for the embedded index. */
  String url(Environment env) {
    String chosen = url != null ? url : env.variables().get("DOSSIER_SOLR");
    return chosen == null || chosen.isBlank() ? null : chosen;
  }
}

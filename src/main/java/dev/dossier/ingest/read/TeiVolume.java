package dev.dossier.ingest.read;

/**
 * The volume a TEI file is: its id ({@code frus1969-76v12}) and title, from the TEI header.
 *
 * @param frus whether the volume is one of FRUS, whose documents have pages at history.state.gov
 */
record TeiVolume(String id, String title, boolean frus) {

  /** The collection every FRUS volume belongs to. */
  static final String FRUS = "Foreign Relations of the United States";

  /**
   * The page of the document {@code xmlId} at history.state.gov; empty for a volume that is not
   * FRUS.
   */
  String url(String xmlId) {
    return frus && !xmlId.isEmpty()
        ? "https://history.state.gov/historicaldocuments/" + id + "/" + xmlId
        : "";
  }
}

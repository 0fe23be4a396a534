package dev.dossier.search;

/**
 * One search.
 *
 * @param query the query in Dossier's query language (see {@link DossierQueryParser})
 * @param limit how many hits to return
 * @param offset how many hits to skip, for paging
 * @param sort the order of hits
 * @param fragments how many snippets to return per language
 */
public record SearchRequest(String query, int limit, int offset, SortOrder sort, int fragments) {
  public SearchRequest {
    if (limit < 0 || offset < 0 || fragments < 0) {
      throw new IllegalArgumentException("limit, offset and fragments must not be negative");
    }
  }
}

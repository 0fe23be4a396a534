package dev.dossier.search;

import java.util.List;

/**
 * One search.
 *
 * @param query the query in Dossier's query language (see {@link DossierQueryParser})
 * @param limit how many hits to return
 * @param offset how many hits to skip, for paging
 * @param sort the order of hits
 * @param fragments how many snippets to return per language
 * @param exact no expansion: only the words as typed (no stemming, names, aliases)
 * @param explain say for each hit which level matched each highlighted word
 * @param parallel give each hit's matching passages with their aligned counterparts
 * @param countAll count every match exactly, scoring them all, instead of stopping the count at 1,000
 * @param facets metadata fields ({@code collection}, {@code type}, ...) to count the matching documents by
 * @param similar list the documents that match only by similarity (a shared sound code, one OCR edit) with the
 *     others; without it they are only counted
 */
public record SearchRequest(
    String query,
    int limit,
    int offset,
    SortOrder sort,
    int fragments,
    boolean exact,
    boolean explain,
    boolean parallel,
    boolean countAll,
    List<String> facets,
    boolean similar) {

  /**
   * The deepest hit a search returns: offset plus limit at most this many, as Elasticsearch's
   * {@code index.max_result_window}; a deeper page would collect (and hold in memory) every hit above it.
   */
  public static final int MAX_WINDOW = 10_000;

  /** Snippets per language for each hit, at most: more than any document has matching passages worth reading. */
  public static final int MAX_FRAGMENTS = 1_000;

  /** A plain relevance search with default paging and snippets. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, 10, 0, SortOrder.RELEVANCE, 3, false, false, false, false, List.of(), false);
  }

  public SearchRequest {
    if (limit < 0 || offset < 0 || fragments < 0 || fragments > MAX_FRAGMENTS || (long) offset + limit > MAX_WINDOW) {
      throw new IllegalArgumentException(
          "limit and offset must be 0 or more and add up to at most " + MAX_WINDOW + ", fragments from 0 to "
              + MAX_FRAGMENTS);
    }
    facets = List.copyOf(facets);
  }
}

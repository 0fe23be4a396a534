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
 * @param countAll count every match exactly, scoring them all, instead of stopping the count at
 *     1,000
 * @param facets metadata fields ({@code collection}, {@code type}, ...) to count the matching
 *     documents by
 * @param similar list the documents that match only by similarity (a shared sound code, one OCR
 *     edit) with the others; without it they are only counted
 * @param showDuplicates list every document with the same text as another; without it a result list
 *     shows the best-ranked one, the others named in its {@code alsoIn}
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
    boolean similar,
    boolean showDuplicates) {

  /**
   * The deepest hit a search returns: offset plus limit at most this many, as Elasticsearch's
   * {@code index.max_result_window}; a deeper page would collect (and hold in memory) every hit
   * above it.
   */
  public static final int MAX_WINDOW = 10_000;

  /**
   * Snippets per language for each hit, at most: more than any document has matching passages worth
   * reading.
   */
  public static final int MAX_FRAGMENTS = 1_000;

  /** A plain relevance search with default paging and snippets. */
  public static SearchRequest of(String query) {
    return builder(query).build();
  }

  /** A builder of a search for {@code query}, starting from the defaults of {@link #of}. */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** A builder holding this request's options, for a request that differs in some. */
  public Builder toBuilder() {
    return new Builder(query)
        .limit(limit)
        .offset(offset)
        .sort(sort)
        .fragments(fragments)
        .exact(exact)
        .explain(explain)
        .parallel(parallel)
        .countAll(countAll)
        .facets(facets)
        .similar(similar)
        .showDuplicates(showDuplicates);
  }

  public SearchRequest {
    if (limit < 0
        || offset < 0
        || fragments < 0
        || fragments > MAX_FRAGMENTS
        || (long) offset + limit > MAX_WINDOW) {
      throw new IllegalArgumentException(
          "limit and offset must be 0 or more and add up to at most "
              + MAX_WINDOW
              + ", fragments from 0 to "
              + MAX_FRAGMENTS);
    }
    facets = List.copyOf(facets);
  }

  /**
   * Collects a request's options by name: five of them are booleans, which a positional call passed
   * as a row of {@code false, false, true} that said nothing of which was which. The record checks
   * the bounds when built.
   */
  public static final class Builder {
    private final String query;
    private int limit = 10;
    private int offset;
    private SortOrder sort = SortOrder.RELEVANCE;
    private int fragments = 3;
    private boolean exact;
    private boolean explain;
    private boolean parallel;
    private boolean countAll;
    private List<String> facets = List.of();
    private boolean similar;
    private boolean showDuplicates;

    private Builder(String query) {
      this.query = query;
    }

    /** How many hits to return (10 unless told). */
    public Builder limit(int value) {
      limit = value;
      return this;
    }

    /** How many hits to skip (none unless told). */
    public Builder offset(int value) {
      offset = value;
      return this;
    }

    /** The order of hits (relevance unless told). */
    public Builder sort(SortOrder value) {
      sort = value;
      return this;
    }

    /** Snippets per language (3 unless told). */
    public Builder fragments(int value) {
      fragments = value;
      return this;
    }

    /** Whether only the words as typed are searched. */
    public Builder exact(boolean value) {
      exact = value;
      return this;
    }

    /** Whether each hit says which level matched each highlighted word. */
    public Builder explain(boolean value) {
      explain = value;
      return this;
    }

    /** Whether each hit gives its matching passages with their aligned counterparts. */
    public Builder parallel(boolean value) {
      parallel = value;
      return this;
    }

    /** Whether every match is counted exactly. */
    public Builder countAll(boolean value) {
      countAll = value;
      return this;
    }

    /** Metadata fields to count the matching documents by. */
    public Builder facets(List<String> value) {
      facets = value;
      return this;
    }

    /** Whether documents that match only by similarity are listed too. */
    public Builder similar(boolean value) {
      similar = value;
      return this;
    }

    /** Whether documents with the same text as a better-ranked one are listed too. */
    public Builder showDuplicates(boolean value) {
      showDuplicates = value;
      return this;
    }

    /** The request; throws {@link IllegalArgumentException} when an option is out of its bounds. */
    public SearchRequest build() {
      return new SearchRequest(
          query,
          limit,
          offset,
          sort,
          fragments,
          exact,
          explain,
          parallel,
          countAll,
          facets,
          similar,
          showDuplicates);
    }
  }
}

package dev.dossier.search;

import dev.dossier.index.DocumentMapper;
import dev.dossier.index.IndexSchema;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * The {@link TargetPassages} a concordance measures against, kept per index generation and pair of
 * languages: read at a concordance's first use of the pair, so later concordances read no stored
 * document beyond their term's.
 *
 * <p>An open reader sees one commit of the index, so the passages are kept under the reader's own
 * cache key (Lucene's {@link IndexReader.CacheHelper}); a reader of another commit, or reopened,
 * finds none and reads them afresh, and the passages of the old one are dropped. The {@link
 * ConcordanceShard} owns one cache: a searcher's reader is fixed, so a newer commit is seen, and
 * read, by a new searcher.
 *
 * <p>Why a cache and not counts made at index time: counting every stem and stem bigram of every
 * aligned passage while indexing would cost every indexing run (and the index's size) for a command
 * used now and then, and would need a new index format, so that every index is rebuilt. The cache
 * costs nothing until a concordance is asked for, and then about four bytes a word of the target
 * passages. A one-shot {@code dossier concordance} still reads every document once.
 */
final class ConcordanceCache {

  private final IndexSchema schema;
  private final DocumentMapper mapper;

  /** The reader whose passages are kept; null before the first read. */
  private IndexReader.CacheKey generation;

  /**
   * Keyed by the source language (a declared language) and the target language (a document's code).
   */
  private final Map<List<String>, TargetPassages> byLanguages = new HashMap<>();

  ConcordanceCache(IndexSchema schema) {
    this.schema = schema;
    this.mapper = new DocumentMapper(schema);
  }

  /**
   * The passages of {@code reader}'s index in {@code targetLanguage} whose counterparts are in
   * {@code sourceLanguage}: read on the first call for the pair and this reader, then kept.
   */
  synchronized TargetPassages passages(
      IndexReader reader, String sourceLanguage, String targetLanguage) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) { // a reader that says it cannot be cached: read each time
      return TargetPassages.read(reader, schema, mapper, sourceLanguage, targetLanguage);
    }
    if (helper.getKey() != generation) {
      byLanguages.clear();
      generation = helper.getKey();
    }
    List<String> key = List.of(sourceLanguage, targetLanguage);
    TargetPassages passages = byLanguages.get(key);
    if (passages == null) {
      passages = TargetPassages.read(reader, schema, mapper, sourceLanguage, targetLanguage);
      byLanguages.put(key, passages);
    }
    return passages;
  }
}

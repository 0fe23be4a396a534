package dev.dossier.bench;

import dev.dossier.ingest.ArchiveReaders;
import dev.dossier.ingest.files.CorpusFiles;
import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.model.ArchiveDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The second reference: what a Solr or Elasticsearch user would build for Dossier's features with
 * stock components only, so that the benchmark says what the features cost against their fair peer,
 * beside the minimal index ({@link RawLucene}). Every chain is a {@link CustomAnalyzer} of analysis
 * factories by their SPI names, the names a Solr schema gives them, so each field below is one
 * {@code <fieldType>} of a stock {@code managed-schema.xml}. Per language ({@code ru}, {@code en}):
 *
 * <ul>
 *   <li>{@code text_ru}: stored, positions and offsets (for the UnifiedHighlighter); {@code
 *       standard} tokenizer, {@code lowercase}, {@code stop} (Solr's {@code
 *       lang/stopwords_ru.txt}), {@code snowballPorter} Russian, as Solr's shipped {@code text_ru}.
 *       {@code text_en}: {@code standard}, {@code englishPossessive}, {@code lowercase}, {@code
 *       stop}, {@code porterStem}, as Solr's {@code text_en} without its synonyms.
 *   <li>{@code text_ru_exact}: a {@code copyField} of the text, not stored, positions and offsets;
 *       {@code standard}, {@code lowercase} (and {@code englishPossessive} for English): the
 *       unstemmed field that exact-form, wildcard and fuzzy queries need.
 *   <li>{@code names_ru}: a {@code copyField}, positions and offsets; {@code standard}, then two
 *       stock filters that keep only capitalised tokens ({@code patternReplace} empties a token
 *       that does not start with an upper-case letter, {@code length} with min 1 drops it), {@code
 *       icuTransform} {@code Any-Latin; Latin-ASCII} (one script for both languages), {@code
 *       beiderMorse} with generic names and its exact rules, as Dossier's name keys use them (the
 *       factory's default, approximate rules, give many more codes per name and index several times
 *       slower, which would flatter Dossier): the phonetic name field for cross-script names.
 * </ul>
 *
 * <p>No alignment, no learnt names, no duplicate detection and no metadata fields: it does less
 * than Dossier, which is why it is a fair floor for Dossier's speed rather than its equal.
 */
final class StockSchema {

  private static final FieldType STORED_TEXT = RawLucene.TEXT;

  /** A copyField's type: the stored text's, not stored. */
  private static final FieldType COPY = copy();

  private StockSchema() {}

  private static FieldType copy() {
    FieldType type = new FieldType(RawLucene.TEXT);
    type.setStored(false);
    type.freeze();
    return type;
  }

  /** The six chains; {@code lang} holds Solr's stop-word files (index-config/lang). */
  static Analyzer analyzer(Path lang) {
    try {
      return new PerFieldAnalyzerWrapper(
          new StandardAnalyzer(),
          Map.of(
              "text_ru",
              CustomAnalyzer.builder(lang)
                  .withTokenizer("standard")
                  .addTokenFilter("lowercase")
                  .addTokenFilter("stop", "words", "stopwords_ru.txt", "format", "snowball")
                  .addTokenFilter("snowballPorter", "language", "Russian")
                  .build(),
              "text_ru_exact",
              CustomAnalyzer.builder()
                  .withTokenizer("standard")
                  .addTokenFilter("lowercase")
                  .build(),
              "names_ru",
              names(),
              "text_en",
              CustomAnalyzer.builder()
                  .withTokenizer("standard")
                  .addTokenFilter("englishPossessive")
                  .addTokenFilter("lowercase")
                  .addTokenFilter("stop")
                  .addTokenFilter("porterStem")
                  .build(),
              "text_en_exact",
              CustomAnalyzer.builder()
                  .withTokenizer("standard")
                  .addTokenFilter("englishPossessive")
                  .addTokenFilter("lowercase")
                  .build(),
              "names_en",
              names()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Analyzer names() throws IOException {
    return CustomAnalyzer.builder()
        .withTokenizer("standard")
        .addTokenFilter(
            "patternReplace", "pattern", "^[^\\p{Lu}].*$", "replacement", "", "replace", "all")
        .addTokenFilter("length", "min", "1", "max", "255")
        .addTokenFilter("icuTransform", "id", "Any-Latin; Latin-ASCII")
        .addTokenFilter("beiderMorse", "ruleType", "EXACT")
        .build();
  }

  /**
   * Indexes every file under {@code corpus} with {@code threads} threads, as {@link
   * RawLucene#index} does; returns the number of documents.
   */
  static int index(Path corpus, Path indexDir, Path lang, int threads) throws IOException {
    List<Path> files = CorpusFiles.list(List.of(corpus)).files();
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer(lang))
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(128);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    int count = 0;
    try (FSDirectory dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, config)) {
      List<Future<Integer>> tasks = new ArrayList<>();
      for (Path file : files) {
        tasks.add(pool.submit(() -> indexFile(file, writer)));
      }
      for (Future<Integer> task : tasks) {
        count += task.get();
      }
      writer.commit();
    } catch (InterruptedException | ExecutionException e) {
      throw new IOException(e);
    } finally {
      pool.shutdownNow();
    }
    return count;
  }

  private static int indexFile(Path file, IndexWriter writer) throws IOException {
    int n = 0;
    try {
      for (ArchiveDocument doc : ArchiveReaders.of(List.of()).read(file).documents()) {
        Document d = new Document();
        d.add(new StringField("id", doc.id(), Field.Store.YES));
        addLanguage(d, "ru", doc.original());
        addLanguage(d, "en", doc.translation());
        writer.addDocument(d);
        n++;
      }
    } catch (RejectedFileException e) {
      // as the minimal reference: the generator writes no bad files
    }
    return n;
  }

  private static void addLanguage(Document d, String language, String text) {
    d.add(new Field("text_" + language, text, STORED_TEXT));
    d.add(new Field("text_" + language + "_exact", text, COPY));
    d.add(new Field("names_" + language, text, COPY));
  }
}

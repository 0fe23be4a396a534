package dev.dossier.bench;

import dev.dossier.ingest.ArchiveReaders;
import dev.dossier.ingest.files.CorpusFiles;
import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.model.ArchiveDocument;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The reference: the least a plain Lucene application does with these texts. text_ru with
 * RussianAnalyzer, text_en with EnglishAnalyzer, both stored with offsets in the postings; classic
 * query parser per field; UnifiedHighlighter snippets. Dossier's ceiling, measured in the same run
 * on the same corpus.
 */
final class RawLucene {

  static final String RU = "text_ru";
  static final String EN = "text_en";

  /**
   * Stored, tokenized, positions and offsets in the postings: the stored text of both references.
   */
  static final FieldType TEXT = textType();

  private RawLucene() {}

  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new StandardAnalyzer(), Map.of(RU, new RussianAnalyzer(), EN, new EnglishAnalyzer()));
  }

  private static FieldType textType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /**
   * Indexes every file under {@code corpus} with {@code threads} threads; returns the number of
   * documents.
   */
  static int index(Path corpus, Path indexDir, int threads) throws IOException {
    List<Path> files = CorpusFiles.list(List.of(corpus)).files();
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(128);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    int[] count = new int[1];
    try (FSDirectory dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, config)) {
      List<Future<Integer>> tasks = new java.util.ArrayList<>();
      for (Path file : files) {
        tasks.add(
            pool.submit(
                () -> {
                  int n = 0;
                  try {
                    for (ArchiveDocument doc :
                        ArchiveReaders.of(List.of()).read(file).documents()) {
                      Document d = new Document();
                      d.add(new StringField("id", doc.id(), Field.Store.YES));
                      d.add(new Field(RU, doc.original(), TEXT));
                      d.add(new Field(EN, doc.translation(), TEXT));
                      writer.addDocument(d);
                      n++;
                    }
                  } catch (RejectedFileException e) {
                    // the reference indexes what reads; the generator writes no bad files
                  }
                  return n;
                }));
      }
      for (Future<Integer> task : tasks) {
        count[0] += task.get();
      }
      writer.commit();
    } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
      throw new IOException(e);
    } finally {
      pool.shutdownNow();
    }
    return count[0];
  }

  /** An open reference index. */
  static final class Searcher implements Closeable {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final UnifiedHighlighter highlighter;

    Searcher(Path indexDir) throws IOException {
      reader = DirectoryReader.open(FSDirectory.open(indexDir));
      searcher = new IndexSearcher(reader);
      highlighter =
          UnifiedHighlighter.builder(searcher, analyzer())
              .withMaxLength(Integer.MAX_VALUE - 1)
              .build();
    }

    /**
     * The query in both fields, each parsed by the classic parser with its own analyzer (default
     * OR).
     */
    Query parse(String text) throws ParseException {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.add(new QueryParser(RU, analyzer()).parse(text), BooleanClause.Occur.SHOULD);
      b.add(new QueryParser(EN, analyzer()).parse(text), BooleanClause.Occur.SHOULD);
      return b.build();
    }

    /** Top 10, and with {@code snippets} two passages of each field of each hit. */
    int search(Query query, boolean snippets) throws IOException {
      TopDocs top = searcher.search(query, 10);
      if (snippets && top.scoreDocs.length > 0) {
        Map<String, String[]> h =
            highlighter.highlightFields(new String[] {RU, EN}, query, top, new int[] {2, 2});
        return h.get(RU).length;
      }
      return top.scoreDocs.length;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  /**
   * {@code search INDEX QUERY}: the reference as a fresh process, printing the top ids and
   * snippets.
   */
  public static void main(String[] args) throws Exception {
    try (Searcher s = new Searcher(Path.of(args[0]))) {
      Query q = s.parse(args[1]);
      TopDocs top = s.searcher.search(q, 10);
      Map<String, String[]> h =
          s.highlighter.highlightFields(new String[] {RU, EN}, q, top, new int[] {2, 2});
      for (int i = 0; i < top.scoreDocs.length; i++) {
        System.out.println(
            s.searcher.storedFields().document(top.scoreDocs[i].doc).get("id")
                + " "
                + h.get(EN)[i]);
      }
    }
  }
}

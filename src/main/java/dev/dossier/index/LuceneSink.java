package dev.dossier.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;

/** The embedded index as a run's sink: its writer, each replacement one atomic update. */
record LuceneSink(IndexWriter writer) implements IndexSink {

  @Override
  public void deleteSource(String source) throws IOException {
    writer.deleteDocuments(new Term(Fields.SOURCE, source));
  }

  @Override
  public void replace(String source, List<String> ids, List<Document> documents)
      throws IOException {
    BooleanQuery.Builder replaced = new BooleanQuery.Builder();
    if (source != null) {
      replaced.add(new TermQuery(new Term(Fields.SOURCE, source)), BooleanClause.Occur.SHOULD);
    }
    for (String id : ids) {
      replaced.add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.SHOULD);
    }
    writer.updateDocuments(replaced.build(), documents);
  }

  @Override
  public void commit() throws IOException {
    Commits.commit(writer);
  }
}

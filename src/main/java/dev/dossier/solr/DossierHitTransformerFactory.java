package dev.dossier.solr;

import dev.dossier.search.HitPage;
import dev.dossier.search.QueryPlanner;
import dev.dossier.search.QuerySyntaxException;
import dev.dossier.search.SearchHit;
import dev.dossier.search.SearchHitJson;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.transform.DocTransformer;
import org.apache.solr.response.transform.TransformerFactory;
import org.apache.solr.search.DocIterationInfo;

/**
 * {@code fl=id,score,[dossier]}: each returned document as the hit the CLI prints (title, date,
 * collection, snippets in each language, with {@code dossier.explain} each highlighted word's
 * level, with {@code dossier.parallel} the aligned passages), made on the shard that holds it by
 * {@link HitPage}, the embedded index's own code, for the query {@code q} planned as {@code
 * defType=dossier} plans it. The value is the hit as JSON ({@link SearchHitJson}); its score is the
 * response's. Parameters: {@code dossier.fragments} (snippets per language, default 3), {@code
 * dossier.explain}, {@code dossier.parallel}, and the parser's {@code dossier.exact} and {@code
 * dossier.similar}.
 */
public final class DossierHitTransformerFactory extends TransformerFactory {

  @Override
  public DocTransformer create(String field, SolrParams params, SolrQueryRequest req) {
    return new HitTransformer(field, req);
  }

  private static final class HitTransformer extends DocTransformer {

    private final String name;
    private final SolrQueryRequest req;
    private QueryPlanner.Plan plan;
    private HitPage page;
    private HitPage.Detail detail;

    HitTransformer(String name, SolrQueryRequest req) {
      this.name = name;
      this.req = req;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean needsSolrIndexSearcher() {
      return true;
    }

    private void prepare() {
      if (plan != null) {
        return;
      }
      SolrParams params = req.getParams();
      QueryPlanner planner = DossierQParserPlugin.planner(req.getCore().getResourceLoader());
      IndexReader reader = context.getSearcher().getIndexReader();
      List<String> languages = planner.indexedLanguages(reader);
      try {
        plan =
            planner.plan(
                params.get(CommonParams.Q, ""),
                DossierQParserPlugin.flag(params, "dossier.exact"),
                DossierQParserPlugin.flag(params, "dossier.similar"),
                reader,
                languages);
      } catch (QuerySyntaxException e) {
        throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, e.getMessage());
      }
      page = new HitPage(context.getSearcher(), planner.schema(), languages);
      detail =
          new HitPage.Detail(
              params.getInt("dossier.fragments", 3),
              DossierQParserPlugin.flag(params, "dossier.explain"),
              DossierQParserPlugin.flag(params, "dossier.parallel"));
    }

    @Override
    public void transform(SolrDocument doc, int docid, DocIterationInfo info) throws IOException {
      transform(doc, docid);
    }

    @Override
    public void transform(SolrDocument doc, int docid) throws IOException {
      prepare();
      SearchHit hit = page.hits(plan, new int[] {docid}, new float[] {0}, detail).get(0);
      doc.setField(name, SearchHitJson.write(hit));
    }
  }
}

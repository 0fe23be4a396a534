package dev.dossier.solr;

import dev.dossier.index.IndexSchema;
import dev.dossier.search.ConcordancePart;
import dev.dossier.search.ConcordanceShard;
import dev.dossier.search.PassageTally;
import dev.dossier.search.QuerySyntaxException;
import dev.dossier.search.RecordJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.core.SolrResourceLoader;
import org.apache.solr.handler.component.ResponseBuilder;
import org.apache.solr.handler.component.SearchComponent;
import org.apache.solr.handler.component.ShardRequest;
import org.apache.solr.handler.component.ShardResponse;

/**
 * {@code /concordance}: a Dossier concordance on a collection, each shard answering with {@link
 * ConcordanceShard}, the embedded index's own code, and the answers merged here as the embedded
 * index puts them together. Two questions, by {@code dossier.concordance}:
 *
 * <ul>
 *   <li>{@code part}: how many documents' aligned passages hold the term {@code q}, and the first
 *       {@code rows} of them with their pairs ({@link ConcordancePart}, merged in the concordance's
 *       order);
 *   <li>{@code tally}: the pairs whose side in {@code dossier.source} holds every one of {@code
 *       dossier.term} (keys, one a line) and whose other side is in {@code dossier.target}, with
 *       the keys {@code dossier.keys} (one a line) counted in them and in all passages in the
 *       target language ({@link PassageTally}, added up).
 * </ul>
 *
 * The answer is the record as JSON ({@link RecordJson}) under {@code dossier.concordance}. Solr
 * sends the question to every shard and gathers the answers, as its terms component does.
 */
public final class DossierConcordanceComponent extends SearchComponent {

  /** The parameter that asks the question, and the response entry that answers it. */
  private static final String QUESTION = ConcordanceShard.SOLR_QUESTION;

  private static final String ANSWERS = DossierConcordanceComponent.class.getName();

  private static final Map<SolrResourceLoader, ConcordanceShard> SHARDS = new WeakHashMap<>();

  /** The concordance code of a core: one per core. */
  private static ConcordanceShard shard(SolrResourceLoader loader) {
    IndexSchema schema = DossierQParserPlugin.planner(loader).schema();
    synchronized (SHARDS) {
      return SHARDS.computeIfAbsent(loader, l -> new ConcordanceShard(schema));
    }
  }

  @Override
  public void prepare(ResponseBuilder rb) throws IOException {
    String question = rb.req.getParams().get(QUESTION);
    if (question == null) {
      return;
    }
    switch (question) {
      case "part" -> {
        try {
          shard(rb.req.getCore().getResourceLoader()).check(term(rb.req.getParams()));
        } catch (QuerySyntaxException e) {
          throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, e.getMessage());
        }
      }
      case "tally" -> {
        required(rb.req.getParams(), "dossier.source");
        required(rb.req.getParams(), "dossier.target");
      }
      default ->
          throw new SolrException(
              SolrException.ErrorCode.BAD_REQUEST,
              QUESTION + " must be 'part' or 'tally', not '" + question + "'");
    }
  }

  @Override
  public void process(ResponseBuilder rb) throws IOException {
    SolrParams params = rb.req.getParams();
    String question = params.get(QUESTION);
    if (question == null) {
      return;
    }
    ConcordanceShard shard = shard(rb.req.getCore().getResourceLoader());
    Object answer;
    if (question.equals("part")) {
      try {
        answer = shard.part(rb.req.getSearcher(), term(params), rows(params));
      } catch (QuerySyntaxException e) {
        throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, e.getMessage());
      }
    } else {
      answer =
          shard.tally(
              rb.req.getSearcher().getIndexReader(),
              params.get("dossier.source"),
              params.get("dossier.target"),
              lines(params, "dossier.term"),
              lines(params, "dossier.keys"));
    }
    rb.rsp.add(QUESTION, RecordJson.write(answer));
  }

  @Override
  public int distributedProcess(ResponseBuilder rb) {
    if (rb.req.getParams().get(QUESTION) == null) {
      return ResponseBuilder.STAGE_DONE;
    }
    if (rb.getStage() == ResponseBuilder.STAGE_EXECUTE_QUERY) {
      ShardRequest sreq = new ShardRequest();
      sreq.purpose = ShardRequest.PURPOSE_PRIVATE;
      sreq.params = new ModifiableSolrParams(rb.req.getParams());
      rb.addRequest(this, sreq);
    }
    return rb.getStage() < ResponseBuilder.STAGE_EXECUTE_QUERY
        ? ResponseBuilder.STAGE_EXECUTE_QUERY
        : ResponseBuilder.STAGE_DONE;
  }

  @Override
  public void handleResponses(ResponseBuilder rb, ShardRequest sreq) {
    if (rb.req.getParams().get(QUESTION) == null
        || (sreq.purpose & ShardRequest.PURPOSE_PRIVATE) == 0) {
      return;
    }
    List<String> answers = answers(rb);
    for (ShardResponse response : sreq.responses) {
      Object answer = response.getSolrResponse().getResponse().get(QUESTION);
      if (answer != null) {
        answers.add(answer.toString());
      }
    }
  }

  @Override
  public void finishStage(ResponseBuilder rb) {
    String question = rb.req.getParams().get(QUESTION);
    if (question == null || rb.getStage() != ResponseBuilder.STAGE_EXECUTE_QUERY) {
      return;
    }
    List<String> answers = answers(rb);
    if (question.equals("part")) {
      List<ConcordancePart> parts = new ArrayList<>();
      answers.forEach(a -> parts.add(RecordJson.read(a, ConcordancePart.class)));
      if (!parts.isEmpty()) {
        rb.rsp.add(
            QUESTION, RecordJson.write(ConcordancePart.merge(parts, rows(rb.req.getParams()))));
      }
    } else {
      PassageTally sum = PassageTally.NONE;
      for (String a : answers) {
        sum = sum.plus(RecordJson.read(a, PassageTally.class));
      }
      rb.rsp.add(QUESTION, RecordJson.write(sum));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> answers(ResponseBuilder rb) {
    return (List<String>) rb.req.getContext().computeIfAbsent(ANSWERS, k -> new ArrayList<>());
  }

  private static String term(SolrParams params) {
    return params.get(CommonParams.Q, "");
  }

  private static void required(SolrParams params, String name) {
    if (params.get(name, "").isBlank()) {
      throw new SolrException(
          SolrException.ErrorCode.BAD_REQUEST, "a tally needs the parameter " + name);
    }
  }

  private static List<String> lines(SolrParams params, String name) {
    String keys = params.get(name, "");
    return keys.isEmpty() ? List.of() : Arrays.asList(keys.split("\n"));
  }

  /** The documents a part keeps, from {@code rows}: at least one. */
  private static int rows(SolrParams params) {
    try {
      return Math.max(1, params.getInt(CommonParams.ROWS, ConcordancePart.MAX_DOCUMENTS));
    } catch (SolrException e) {
      throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "rows must be a number");
    }
  }

  @Override
  public String getDescription() {
    return "Dossier's concordance: the pairs holding a term, and the counts of its translations";
  }
}

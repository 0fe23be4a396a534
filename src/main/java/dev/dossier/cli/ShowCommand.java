package dev.dossier.cli;

import dev.dossier.index.IndexedDocument;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.Derived;
import dev.dossier.search.Searcher;
import dev.dossier.search.SolrSearcher;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dossier show ID}: one whole document, metadata, original and translation. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    header = "Print one document (--parallel: as aligned passage pairs).",
    description =
        "Print one document: metadata, original, translation (--parallel: as aligned passage"
            + " pairs).")
final class ShowCommand implements Callable<Integer> {

  @ParentCommand DossierCommand parent;
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin OutputOptions output;
  @Mixin SolrOption solr;

  @Parameters(paramLabel = "ID", description = "The document's id, as search prints it.")
  String id;

  @picocli.CommandLine.Option(
      names = "--parallel",
      description =
          "Print the texts as aligned passage pairs: each passage of the original above its"
              + " translation.")
  boolean parallel;

  @Override
  public Integer call() throws Exception {
    String solrUrl = solr.url(parent.env());
    String where = solrUrl != null ? solrUrl : common.indexDir(parent.env()).toString();
    Optional<IndexedDocument> found;
    if (solrUrl != null) {
      found = SolrSearcher.of(solrUrl).document(id, parent.schema(common));
    } else {
      try (Searcher searcher = parent.openSearcher(common)) {
        found = searcher.document(id);
      }
    }
    if (found.isEmpty()) {
      ErrorLines.note(spec.commandLine().getErr(), "no document with id '" + id + "' in " + where);
      return ExitCodes.FAILED;
    }
    ArchiveDocument doc = found.get().document();
    var out = spec.commandLine().getOut();
    if (output.json) {
      Map<String, Object> object = json(doc);
      if (parallel) {
        object.put("pairs", found.get().pairs());
      }
      Json.print(out, object);
    } else if (parallel) {
      new DocumentPrinter(out, output.colour(parent.env())).printMetadata(doc);
      new PairPrinter(out, output.colour(parent.env()))
          .print(doc.originalLanguage(), doc.translationLanguage(), found.get().pairs());
    } else {
      new DocumentPrinter(out, output.colour(parent.env())).print(doc);
    }
    return ExitCodes.OK;
  }

  private static Map<String, Object> json(ArchiveDocument doc) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("id", doc.id());
    object.put("title", doc.title());
    object.put("date", doc.date().map(Object::toString).orElse(null));
    object.put("url", doc.url());
    object.put("citation", doc.citation());
    object.put("summary", doc.summary());
    object.put("credits", doc.credits());
    object.put("original_language", doc.originalLanguage());
    object.put("translation_language", doc.hasTranslation() ? doc.translationLanguage() : null);
    Map<String, String> texts = new LinkedHashMap<>();
    if (!doc.original().isEmpty()) {
      texts.put(doc.originalLanguage(), doc.original());
    }
    if (doc.hasTranslation()) {
      texts.merge(doc.translationLanguage(), doc.translation(), (a, b) -> a + "\n\n" + b);
    }
    object.put("texts", texts);
    Map<String, Object> metadata = new LinkedHashMap<>();
    doc.metadata().forEach((field, values) -> metadata.put(field.fieldName(), values));
    object.put("metadata", metadata);
    object.put("source", doc.source());
    // what Dossier derived from the text because the record lacked it: not the archive's to cite
    object.put("derived", doc.derived().stream().map(Derived::fieldName).toList());
    return object;
  }
}

package dev.dossier.cli;

import dev.dossier.align.Alignment;
import dev.dossier.align.TextPair;
import dev.dossier.index.DocumentAnalyser;
import dev.dossier.index.IndexSchema;
import dev.dossier.ingest.ArchiveReaders;
import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.model.ArchiveDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dossier align FILE}: the alignment of one archive file's original and translation, no
 * index needed.
 */
@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    header = "Print the alignment of one archive file's original and translation.",
    description =
        "Print the alignment of one archive file: every passage of the original beside its"
            + " translation, in order; a passage with no counterpart (OCR noise, a translator's"
            + " note) stands alone.")
final class AlignCommand implements Callable<Integer> {

  @ParentCommand DossierCommand parent;
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin OutputOptions output;

  @Parameters(paramLabel = "FILE", description = "An archive file.")
  Path file;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString());
    }
    IndexSchema schema = parent.schema(common);
    List<ArchiveDocument> docs;
    try {
      docs = ArchiveReaders.forConfig(schema.configDirectory()).read(file).documents();
    } catch (RejectedFileException e) {
      ErrorLines.error(spec.commandLine().getErr(), file + ": " + e.getMessage());
      return ExitCodes.FAILED;
    }
    var out = spec.commandLine().getOut();
    DocumentAnalyser analyser = new DocumentAnalyser(schema);
    for (ArchiveDocument doc : docs) {
      Alignment alignment = analyser.analyse(doc).alignment();
      List<TextPair> pairs = alignment.texts(doc.original(), doc.translation());
      if (output.json) {
        Map<String, Object> object = new java.util.LinkedHashMap<>();
        object.put("id", doc.id());
        object.put("pairs", pairs);
        Json.print(out, object);
      } else {
        out.println(doc.id() + ": " + pairs.size() + " passage pairs");
        new PairPrinter(out, output.colour(parent.env()))
            .print(doc.originalLanguage(), doc.translationLanguage(), pairs);
      }
    }
    return ExitCodes.OK;
  }
}

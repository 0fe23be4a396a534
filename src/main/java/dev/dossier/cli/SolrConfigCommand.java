package dev.dossier.cli;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.SolrConfigset;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dossier solr-config DIR}: the Solr configset of the index configuration. */
@Command(
    name = "solr-config",
    mixinStandardHelpOptions = true,
    header = "Write the SolrCloud configset of the index configuration.",
    description = {
      "Write a Solr 9.10 configset generated from the index configuration (--config) into DIR/conf:"
          + " managed-schema.xml with every field and analysis chain by the same factory names,"
          + " solrconfig.xml (Dossier's query parser, exact global term statistics) and the"
          + " configuration's files, which the query parser reads on the nodes. Files of an earlier"
          + " configset in DIR/conf are replaced.",
      "Upload it with Solr's `bin/solr zk upconfig -n dossier -d DIR`; the nodes need Dossier's"
          + " plugin jar and the two ICU jars in their sharedLib (README, SolrCloud)."
    })
final class SolrConfigCommand implements Callable<Integer> {

  @ParentCommand DossierCommand parent;
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "Folder to write the configset into (created if missing).")
  Path dir;

  @Option(
      names = "--json",
      description = "Print one JSON object: the folder and the files written.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      ErrorLines.error(spec.commandLine().getErr(), dir + " is a file, not a folder");
      return ExitCodes.USAGE;
    }
    SolrConfigset configset =
        new SolrConfigset(IndexConfigLoader.load(common.configDir(parent.env())));
    SolrConfigset.Written written = configset.write(dir);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("configset", written.conf().toString());
      object.put("files", written.files());
      Json.print(out, object);
    } else {
      out.println(
          "Wrote the configset to " + written.conf() + " (" + written.files().size() + " files).");
      out.println("Upload: bin/solr zk upconfig -n dossier -d " + dir);
    }
    return ExitCodes.OK;
  }
}

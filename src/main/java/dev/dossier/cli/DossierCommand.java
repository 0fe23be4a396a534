package dev.dossier.cli;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.NoIndexException;
import dev.dossier.search.PendingSearcher;
import dev.dossier.search.Searcher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code dossier} command: only subcommands and help. */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    versionProvider = DossierCommand.Version.class,
    description = "Full-text search for bilingual Cold War archive documents.",
    footer = {
      "",
      "Exit status: 0 success; 1 the run failed, or failed in part (rejected files, document not"
          + " found, disk full,",
      "damaged index); 2 usage error (bad option, malformed or too large query, no index, an index"
          + " Dossier did not",
      "write, bad configuration).",
      "",
      "Examples:",
      "  dossier search Guevara",
      "  dossier search '\"friendly conversation\"' --json",
      "  dossier index ~/archives/new-batch",
      "  dossier show 117072",
      "  dossier cite 117072 --format bibtex"
    })
final class DossierCommand implements Runnable {

  /** The subcommands, in the order help lists them. */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          IndexCommand.class,
          SearchCommand.class,
          ShowCommand.class,
          CiteCommand.class,
          AlignCommand.class,
          ConcordanceCommand.class,
          NamesCommand.class,
          StatsCommand.class,
          CheckCommand.class,
          SolrConfigCommand.class,
          TrainCommand.class);

  /**
   * The command line for {@code args}: with only the subcommand they name when they name one
   * (picocli builds each subcommand's model from its annotations by reflection, some 60 ms for all
   * of them at the start of a short process), else with all of them, for help and for suggestions
   * after a typo.
   */
  static CommandLine commandLine(Environment env, String... args) {
    SchemaPrefetch prefetch = SchemaPrefetch.start(env, args);
    CommandLine cli = new CommandLine(new DossierCommand(env, prefetch));
    List<Class<?>> named =
        args.length == 0
            ? List.of()
            : SUBCOMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(args[0]))
                .toList();
    for (Class<?> subcommand : named.isEmpty() ? SUBCOMMANDS : named) {
      cli.addSubcommand(subcommand);
    }
    return cli;
  }

  private final Environment env;
  private final SchemaPrefetch prefetch;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  DossierCommand(Environment env, SchemaPrefetch prefetch) {
    this.env = env;
    this.prefetch = prefetch;
  }

  Environment env() {
    return env;
  }

  /** The schema built from the configuration the options name. */
  IndexSchema schema(CommonOptions options) {
    Path dir = options.configDir(env);
    return prefetch.take(dir).orElseGet(() -> IndexSchema.of(IndexConfigLoader.load(dir)));
  }

  /**
   * Opens the index the options name; the default index is first brought in step with the bundled
   * corpus.
   */
  Searcher openSearcher(CommonOptions options) throws IOException, NoIndexException {
    Path indexDir = options.indexDir(env);
    if (options.usesDefaultIndex(env)
        && !DefaultIndex.isCurrent(env, indexDir, options.configDir(env))) {
      IndexSchema schema = schema(options);
      DefaultIndex.refresh(env, indexDir, schema, spec.commandLine().getErr());
      return Searcher.open(indexDir, schema);
    }
    // the index opens on another thread while the analyzers are built
    PendingSearcher pending = Searcher.openInBackground(indexDir);
    try {
      return pending.withSchema(schema(options));
    } finally {
      pending.close();
    }
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "a command is required: index, search or show");
  }

  /** Reads the version Maven wrote into {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"dossier " + p.getProperty("version", "unknown")};
    }
  }
}

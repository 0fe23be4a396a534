package dev.dossier.cli;

import dev.dossier.config.ConfigException;
import dev.dossier.index.DiskFullException;
import dev.dossier.index.IndexBusyException;
import dev.dossier.index.IndexDamagedException;
import dev.dossier.index.IndexFormatException;
import dev.dossier.index.NoCollectionException;
import dev.dossier.index.NoIndexException;
import dev.dossier.index.SolrUnreachableException;
import dev.dossier.search.QuerySyntaxException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Entry point: runs one {@code dossier} command; only {@link #main} exits the process. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status = run(Environment.ofProcess(), out, err, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs one command and returns its exit status; output and errors go to the given writers. */
  static int run(Environment env, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = DossierCommand.commandLine(env, args);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler(Main::failure);
    int status;
    try {
      status = cli.execute(args);
    } catch (Error e) {
      // picocli hands only Exceptions to the handler; a stack overflow or a heap that ran out must
      // still end in one line, not the JVM's trace, also when the heap ran out inside a class's
      // initialisation (a ServiceConfigurationError loading Lucene's codecs)
      boolean outOfMemory = causedByOutOfMemory(e);
      if (!outOfMemory && !(e instanceof StackOverflowError)) {
        throw e;
      }
      ErrorLines.error(
          err,
          outOfMemory
              ? outOfMemory()
              : "internal error: " + e + " (run with --verbose for the stack trace)");
      if (java.util.Arrays.asList(args).contains("--verbose")) {
        e.printStackTrace(err);
      }
      status = ExitCodes.FAILED;
    }
    out.flush();
    err.flush();
    return status;
  }

  /**
   * What to do when the heap ran out: which heap it was and how to give more. An index keeps its
   * last commit (Lucene rolls back a writer whose heap ran out).
   */
  static String outOfMemory() {
    long mb = Runtime.getRuntime().maxMemory() >> 20;
    long more = Math.max(2, 2 * ((mb + 1023) >> 10));
    return "out of memory with a heap of "
        + mb
        + " MB: give Dossier more, e.g. DOSSIER_JAVA_OPTS=-Xmx"
        + more
        + "g ./dossier ... (docs/commands.md, Memory); an index keeps its last commit";
  }

  private static boolean causedByOutOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    ErrorLines.note(err, e.getMessage());
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCodes.USAGE;
  }

  private static int failure(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    int status;
    String message;
    if (e instanceof QuerySyntaxException
        || e instanceof NoIndexException
        || e instanceof ConfigException
        || e instanceof IndexFormatException
        || e instanceof NoCollectionException) {
      status = ExitCodes.USAGE;
      message = e.getMessage();
    } else if (e instanceof NoSuchFileException missing) {
      status = ExitCodes.USAGE;
      message = "no such file or folder: " + missing.getFile();
    } else if (e instanceof IndexBusyException
        || e instanceof SolrUnreachableException
        || e instanceof DiskFullException
        || e instanceof IndexDamagedException) {
      status = ExitCodes.FAILED;
      message = e.getMessage();
    } else if (e instanceof ParameterException pe) {
      return usageError(pe, new String[0]);
    } else if (e instanceof IOException) {
      status = ExitCodes.FAILED;
      message = "I/O error: " + e.getMessage();
    } else if (causedByOutOfMemory(e)) {
      status = ExitCodes.FAILED;
      message = outOfMemory();
    } else {
      status = ExitCodes.FAILED;
      message = "internal error: " + e + " (run with --verbose for the stack trace)";
    }
    ErrorLines.error(err, message);
    if (parsed.hasMatchedOption("--verbose")
        || parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose")) {
      e.printStackTrace(err);
    }
    err.flush();
    return status;
  }
}

package dev.dossier.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled sample document and the project folders tests read. */
public final class Sample {

  /** The project folder (Maven runs tests there). */
  public static final Path PROJECT = Path.of("").toAbsolutePath();

  /**
   * The Wilson Center sample: Alekseyev's record of a conversation with Guevara, Russian original
   * and English translation.
   */
  public static final Path FILE =
      PROJECT.resolve("corpus/wilson-117072-alekseyev-guevara-1963-12-25.txt");

  /** The shipped index configuration. */
  public static final Path CONFIG = PROJECT.resolve("index-config");

  /**
   * The real archive corpora shared with the project, in full (absent on machines without them: an
   * extra).
   */
  public static final Path CORPORA = PROJECT.resolve("../shared/corpora").normalize();

  /**
   * A few whole records of each of those corpora, in folders and files of the same names, with
   * their provenance: what the end-to-end tests index, so that they run the same on every machine.
   */
  public static final Path CORPUS_SLICES = PROJECT.resolve("src/test/resources/corpora");

  /** The sample's archive id. */
  public static final String ID = "117072";

  private Sample() {}

  /** The sample's text. */
  public static String text() {
    try {
      return Files.readString(FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The sample with its English translation cut off and no URL: a Russian-only document with id
   * {@code name}.
   */
  public static String russianOnly() {
    String text = text();
    String cut = text.substring(0, text.indexOf("from the diary of A. I. Alekseyev Secret Copy"));
    return cut.replaceAll("https://\\S+", "").replace("Translation - English\n", "");
  }
}

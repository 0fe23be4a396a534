package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spanish, German and French originals, indexed through the CLI with their own analyzers and found
 * by other forms.
 */
class LanguagesEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path corpus;
  @TempDir static Path index;

  @BeforeAll
  static void indexThreeOriginals() throws IOException {
    original(
        "cable-es",
        "Spanish",
        "Los compañeros revolucionarios de la Embajada informan sobre la visita del Comandante"
            + " Guevara a Argel.");
    original(
        "memo-de",
        "German",
        "Der Aussenminister empfing den sowjetischen Botschafter zu einem Gespräch über die Lage in"
            + " Berlin.");
    original(
        "note-fr",
        "French",
        "L'ambassadeur de l'Union soviétique a remis au ministre une déclaration sur la crise des"
            + " Caraïbes.");
    CliRun run = CliRun.run(index, "index", corpus.toString());
    assertEquals(0, run.status(), run.toString());
  }

  /** A Wilson export whose "Original Language" section names the language, with no translation. */
  private static void original(String name, String language, String text) throws IOException {
    Files.writeString(
        corpus.resolve(name + ".txt"),
        "# **January 1, 1963**\n\n# "
            + name
            + "\n\n## **Original Language:**\n\n"
            + language
            + "\n\n### **Contents:**\n\nOriginal Scan\n\n"
            + text
            + "\n");
  }

  private static JsonNode search(String query) throws Exception {
    CliRun run = CliRun.run(index, "search", query, "--json");
    assertEquals(0, run.status(), run.toString());
    return JSON.readTree(run.out());
  }

  private static void findsOnly(String id, String language, String query) throws Exception {
    JsonNode result = search(query);
    assertEquals(1, result.get("total").asInt(), result.toString());
    JsonNode hit = result.get("hits").get(0);
    assertEquals(id, hit.get("id").asText(), result.toString());
    assertTrue(hit.get("highlight").has(language), hit.toString());
  }

  @Test
  void spanishIsStemmedAsSpanish() throws Exception {
    findsOnly("cable-es", "es", "revolucionaria");
    findsOnly("cable-es", "es", "es:revolucionario");
  }

  @Test
  void germanSharpSMeetsItsTypewriterSpelling() throws Exception {
    findsOnly("memo-de", "de", "Außenminister");
    findsOnly("memo-de", "de", "Gesprächen");
  }

  @Test
  void frenchArticlesAreElided() throws Exception {
    findsOnly("note-fr", "fr", "ambassadeurs");
    findsOnly("note-fr", "fr", "\"l'Union soviétique\"");
  }

  @Test
  void stopWordsOfEachLanguageFindNothing() throws Exception {
    assertEquals(0, search("es:los").get("total").asInt());
    assertEquals(0, search("de:über").get("total").asInt());
    assertEquals(0, search("fr:des").get("total").asInt());
  }
}

package dev.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.IndexRequest;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.Indexer;
import dev.dossier.search.Searcher;
import dev.dossier.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names evaluation counts what the texts say: its figures change with the documents indexed,
 * never come from a table; and the shipped pairs are split by their stated rule.
 */
class NameEvaluationTest {

  private static final IndexSchema SCHEMA =
      IndexSchema.of(IndexConfigLoader.load(Path.of("index-config")));

  private static final List<NamePairs.Pair> PAIRS =
      List.of(
          new NamePairs.Pair(
              "Roosevelt", "Рузвельт", "sound", "person", List.of(), List.of(), "dev"),
          new NamePairs.Pair("Whitlam", "Уитлэм", "sound", "person", List.of(), List.of(), "dev"));

  @Test
  void figuresAreCountedFromTheIndexedTexts(@TempDir Path dir) throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Fixtures.russian(
        batch, "ru1", "Вчера Рузвельт выступил по радио. Рабочие слушали речь Рузвельта.");
    Fixtures.russian(batch, "ru2", "Президент Рузвельтом был назначен новый посол.");
    Fixtures.russian(batch, "ru3", "Рабочие Москвы встретили новый год.");
    Fixtures.english(batch, "en1", "Roosevelt spoke to the Congress yesterday.");
    Fixtures.english(batch, "en2", "The harvest was good this year in the valley.");
    Map<String, NameEvaluation.Outcome> before = outcomes(dir, batch);
    NameEvaluation.Outcome latinOverRussian = before.get("Roosevelt");
    assertEquals(2, latinOverRussian.relevant());
    assertEquals(2, latinOverRussian.correct());
    assertEquals(2, latinOverRussian.retrieved());
    NameEvaluation.Outcome cyrillicOverEnglish = before.get("Рузвельт");
    assertEquals(1, cyrillicOverEnglish.relevant());
    assertEquals(1, cyrillicOverEnglish.correct());
    assertTrue(before.get("Уитлэм").absent());
    assertEquals(
        0,
        before.get("Уитлэм").retrieved(),
        "no English text names Whitlam, and nothing else comes back");

    // one more document that names him: the counts follow the texts
    Fixtures.russian(batch, "ru4", "О Рузвельте писали все газеты.");
    Fixtures.english(batch, "en3", "Mr Whitlam arrived in Canberra.");
    Map<String, NameEvaluation.Outcome> after = outcomes(dir, batch);
    assertEquals(3, after.get("Roosevelt").relevant());
    assertEquals(3, after.get("Roosevelt").correct());
    assertEquals(1, after.get("Уитлэм").relevant());
    assertEquals(1, after.get("Уитлэм").correct(), "Уитлэм is written Whitlam by sound");
    String report = NameEvaluation.report("dev", PAIRS.size(), new ArrayList<>(after.values()));
    assertTrue(report.contains("| sound | 3 | 1.000 | 1.000 | 0 | 1 |"), report);
  }

  private static Map<String, NameEvaluation.Outcome> outcomes(Path dir, Path batch)
      throws Exception {
    Path index = dir.resolve("index");
    new Indexer(SCHEMA).index(IndexRequest.of(index, List.of(batch), false));
    Map<String, NameEvaluation.Outcome> byQuery = new LinkedHashMap<>();
    try (Searcher searcher = Searcher.open(index, SCHEMA)) {
      Map<String, NameEvaluation.Side> sides = NameEvaluation.sides(index);
      for (NameEvaluation.Outcome o :
          new NameEvaluation(searcher, sides.get("ru"), sides.get("en")).run(PAIRS)) {
        byQuery.put(o.query(), o);
      }
    }
    return byQuery;
  }

  @Test
  void theShippedPairsAreManyOfBothKindsAndSplitByTheirRule() throws Exception {
    List<NamePairs.Pair> all = NamePairs.read(Path.of("bench/names/pairs.tsv"), "all");
    assertTrue(all.size() >= 300, "pairs: " + all.size());
    Map<String, List<NamePairs.Pair>> byKind = new LinkedHashMap<>();
    all.forEach(p -> byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p));
    assertTrue(
        byKind.get("letter").size() >= 100 && byKind.get("sound").size() >= 100,
        byKind.keySet().toString());
    MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
    for (List<NamePairs.Pair> kind : byKind.values()) {
      List<NamePairs.Pair> sorted = new ArrayList<>(kind);
      sorted.sort((a, b) -> hash(sha1, a).compareTo(hash(sha1, b)));
      for (int i = 0; i < sorted.size(); i++) {
        assertEquals(i % 2 == 0 ? "dev" : "test", sorted.get(i).split(), sorted.get(i).english());
      }
    }
  }

  private static String hash(MessageDigest sha1, NamePairs.Pair p) {
    return HexFormat.of().formatHex(sha1.digest(p.english().getBytes(StandardCharsets.UTF_8)));
  }
}

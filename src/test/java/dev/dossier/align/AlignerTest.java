package dev.dossier.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.Glossary;
import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.IndexSchema;
import dev.dossier.ingest.ArchiveReaders;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.testing.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlignerTest {

  private static final IndexSchema SCHEMA = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));
  private static final Aligner ALIGNER = new Aligner(Glossary.load(Sample.CONFIG), SCHEMA::stems);

  /** A text analysed as the indexer analyses it (the aligner reads that analysis). */
  private static AnalysedText analysed(String text, String language) {
    return SCHEMA.analyse(language, text).forAlignment(language);
  }

  private static List<Bead> beads(String original, String translation) {
    return ALIGNER.beads(analysed(original, "ru"), analysed(translation, "en"));
  }

  static List<Bead> gold() throws IOException {
    List<Bead> beads = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            Path.of("src/test/resources/align/wilson-117072.gold"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] sides = line.split("\\|", -1);
      beads.add(new Bead(indices(sides[0]), indices(sides[1])));
    }
    return beads;
  }

  private static List<Integer> indices(String side) {
    return side.isBlank()
        ? List.of()
        : Arrays.stream(side.strip().split(",")).map(Integer::parseInt).toList();
  }

  /**
   * Links as "o-t" strings, with "o-" and "-t" for passages without counterpart (alignment F1 as in
   * Véronis 2000).
   */
  static Set<String> links(List<Bead> beads) {
    Set<String> links = new HashSet<>();
    for (Bead b : beads) {
      if (b.translation().isEmpty()) {
        b.original().forEach(o -> links.add(o + "-"));
      } else if (b.original().isEmpty()) {
        b.translation().forEach(t -> links.add("-" + t));
      } else {
        b.original().forEach(o -> b.translation().forEach(t -> links.add(o + "-" + t)));
      }
    }
    return links;
  }

  @Test
  void theSampleAlignsAsTheHandMadeGold() throws Exception {
    ArchiveDocument doc =
        ArchiveReaders.of(java.util.List.of()).read(Sample.FILE).documents().get(0);
    List<Bead> predicted = beads(doc.original(), doc.translation());
    List<Bead> gold = gold();
    Set<String> p = links(predicted);
    Set<String> g = links(gold);
    Set<String> correct = new HashSet<>(p);
    correct.retainAll(g);
    double precision = (double) correct.size() / p.size();
    double recall = (double) correct.size() / g.size();
    long exactBeads = predicted.stream().filter(gold::contains).count();
    System.out.printf(
        "alignment of the sample: %d/%d beads exact, link precision %.3f recall %.3f%n",
        exactBeads, gold.size(), precision, recall);
    assertEquals(gold, predicted);
  }

  @Test
  void aParagraphSplitByAPageBreakIsJoinedOnEitherSide() {
    String ru =
        "Первый абзац о переговорах с делегацией Кубы в Москве.\n\n"
            + "Второй абзац начинается здесь, и его оборвал конец\n\n"
            + "страницы, а потом он продолжается.\n\n"
            + "Третий абзац про торговлю сахаром.";
    String en =
        "The first paragraph about the talks with the Cuban delegation in Moscow.\n\n"
            + "The second paragraph starts here, and the end of the page cut it off, and then it"
            + " goes on.\n\n"
            + "The third paragraph about the sugar trade.";
    assertEquals(
        List.of(
            new Bead(List.of(0), List.of(0)),
            new Bead(List.of(1, 2), List.of(1)),
            new Bead(List.of(3), List.of(2))),
        beads(ru, en));
    // and the other way round: the translation split in two
    String ruWhole = ru.replace("конец\n\nстраницы", "конец страницы");
    String enSplit = en.replace("cut it off, ", "cut it off,\n\n");
    assertEquals(
        List.of(
            new Bead(List.of(0), List.of(0)),
            new Bead(List.of(1), List.of(1, 2)),
            new Bead(List.of(2), List.of(3))),
        beads(ruWhole, enSplit));
  }

  @Test
  void aTranslatorsNoteAndOcrGarbageHaveNoCounterpart() {
    String ru =
        "Посол встретился с министром 25 декабря 1963 года.\n\n"
            + "nowban gue garde.\n\n"
            + "Министр говорил о хозрасчете.";
    String en =
        "The ambassador met the minister on 25 December 1963.\n\n"
            + "[Translator's note: the next paragraph is marked in the margin.]\n\n"
            + "The minister spoke about self-financing.";
    List<Bead> beads = beads(ru, en);
    assertEquals(
        List.of(
            new Bead(List.of(0), List.of(0)),
            new Bead(List.of(1), List.of()),
            new Bead(List.of(), List.of(1)),
            new Bead(List.of(2), List.of(2))),
        beads);
    List<TextPair> pairs = ALIGNER.align(analysed(ru, "ru"), analysed(en, "en")).texts(ru, en);
    assertEquals(new TextPair("nowban gue garde.", ""), pairs.get(1));
    assertTrue(pairs.get(2).translation().startsWith("[Translator's note"));
    assertEquals("", pairs.get(2).original());
  }

  @Test
  void paragraphsOfAnyLengthAreSplitAtBlankLines() {
    String longParagraph = "слово ".repeat(20_000).strip();
    List<Block> blocks =
        Block.of("  Первый\nещё строка\n \n\n" + longParagraph + "\n\t\nПоследний\n");
    assertEquals(
        List.of("Первый\nещё строка", longParagraph, "Последний"),
        blocks.stream().map(Block::text).toList());
    assertEquals(2, blocks.get(0).start());
  }

  @Test
  void aTextWithoutTranslationIsItsParagraphsAlone() {
    Alignment a = ALIGNER.align(analysed("Один.\n\nДва.", "ru"), analysed("", ""));
    assertEquals(2, a.pairs().size());
    assertEquals(a, Alignment.decode(a.encode()));
  }
}

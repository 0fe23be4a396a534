package dev.dossier.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLinesTest {

  @Test
  void entriesAreTheLinesThatSaySomethingWithTheirNumbers() {
    Path file = Path.of("x.txt");
    List<ConfigLines.Line> entries =
        ConfigLines.entries(
            file,
            List.of("# a comment", "", "  Castro, Кастро  ", "   ", "  # indented comment", "b"));
    assertEquals(
        List.of(
            new ConfigLines.Line(file, 3, "Castro, Кастро"), new ConfigLines.Line(file, 6, "b")),
        entries);
    assertEquals("x.txt:6: bad", entries.get(1).error("bad").getMessage());
  }

  @Test
  void anAbsentFileGivesWhatTheCallerCallsNone(@TempDir Path dir) {
    Object none = new Object();
    assertSame(none, ConfigLines.load(dir, "missing.txt", lines -> new Object(), none));
  }

  @Test
  void theGlossaryAndTheNameVariantsReportTheFileAndLineOfABadEntry(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve(Glossary.FILE_NAME),
        "# terms\nlabor unions | профсоюзы\n\nno bar here\n",
        StandardCharsets.UTF_8);
    ConfigException glossary = assertThrows(ConfigException.class, () -> Glossary.load(dir));
    assertEquals(
        dir.resolve(Glossary.FILE_NAME) + ":4: expected 'English term | Russian term'",
        glossary.getMessage());

    Files.writeString(
        dir.resolve(NameVariants.FILE_NAME),
        "Mao Zedong, Мао Цзэдун\n# x\na => b => c\n",
        StandardCharsets.UTF_8);
    ConfigException variants = assertThrows(ConfigException.class, () -> NameVariants.load(dir));
    assertEquals(
        dir.resolve(NameVariants.FILE_NAME) + ":3: more than one '=>'", variants.getMessage());
  }

  @Test
  void theGlossaryAndTheNameVariantsReadTheirEntries(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve(Glossary.FILE_NAME), "labor unions | профсоюзы\n", StandardCharsets.UTF_8);
    assertEquals(
        List.of(new Glossary.Entry("labor unions", "профсоюзы")), Glossary.load(dir).entries());
    Files.writeString(
        dir.resolve(NameVariants.FILE_NAME),
        "Mao Zedong, Мао Цзэдун\nГортон != Gordon\n",
        StandardCharsets.UTF_8);
    NameVariants variants = NameVariants.load(dir);
    assertEquals(List.of("Мао Цзэдун"), variants.of("mao zedong"));
    assertEquals(List.of("Gordon"), variants.distinctFrom("Гортон"));
    // a name is looked up whatever splits its words: hyphens, spaces or none
    assertEquals(List.of("Мао Цзэдун"), variants.of("Mao Ze-dong"));
    assertEquals(List.of("Mao Zedong"), variants.of("Мао Цзэ Дун"));
    assertEquals(List.of(), variants.of("Mao"));
    assertEquals(3, variants.longestPhrase(), "one word more than the longest name's two");
    assertSame(Glossary.none(), Glossary.load(dir.resolve("nowhere")));
  }
}

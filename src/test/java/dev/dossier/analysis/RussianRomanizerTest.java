package dev.dossier.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import dev.dossier.testing.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link RussianRomanizer} gives the letters ICU's Russian-Latin/BGN transform gives, word for
 * word.
 */
class RussianRomanizerTest {

  private static final Pattern RUSSIAN_WORD = Pattern.compile("[а-яё]+");

  @Test
  void sameLettersAsIcuOnEveryRussianWordOfTheSampleAndTheRussianCorpora() throws IOException {
    Path works = Path.of("ru-stalin-works/stalin_works.jsonl");
    List<Path> texts = new ArrayList<>(List.of(Sample.FILE, Sample.CORPUS_SLICES.resolve(works)));
    if (Files.exists(Sample.CORPORA.resolve(works))) {
      texts.add(
          Sample.CORPORA.resolve(works)); // all of Stalin's works, where the shared corpora are
    }
    Set<String> words = new TreeSet<>();
    for (Path text : texts) {
      Matcher m =
          RUSSIAN_WORD.matcher(
              Files.readString(text, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
      while (m.find()) {
        words.add(m.group());
      }
    }
    Transliterator icu =
        Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");
    List<String> differ = new ArrayList<>();
    for (String word : words) {
      String expected = icu.transliterate(word).replaceAll("[^a-z]", "");
      if (!expected.equals(RussianRomanizer.romanize(word)) && differ.size() < 10) {
        differ.add(word + ": ICU " + expected + ", ours " + RussianRomanizer.romanize(word));
      }
    }
    assertTrue(words.size() > 300, "words read: " + words.size());
    assertTrue(differ.isEmpty(), differ.toString());
  }
}

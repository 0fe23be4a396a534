package dev.dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a deterministic bilingual corpus in the Wilson export format: Russian originals and
 * English translations of 500–3,000 words each, with the archive's word frequencies and document
 * lengths, names in both scripts and in Russian grammatical cases, and OCR-style noise (Latin
 * look-alikes in Cyrillic words, misread letters, garbage lines). The same seed and size give the
 * same files.
 */
final class CorpusGenerator {

  /** Name pairs (Russian nominative, English) put into both texts. */
  static final String[][] NAMES = {
    {"Гевара", "Guevara"},
    {"Хрущев", "Khrushchev"},
    {"Кастро", "Castro"},
    {"Алексеев", "Alekseyev"},
    {"Громыко", "Gromyko"},
    {"Брежнев", "Brezhnev"},
    {"Кеннеди", "Kennedy"},
    {"Ленин", "Lenin"},
    {"Куба", "Cuba"},
    {"Москва", "Moscow"},
    {"Гавана", "Havana"},
    {"Андропов", "Andropov"},
    {"Микоян", "Mikoyan"},
    {"Тито", "Tito"},
    {"Неру", "Nehru"},
    {"Насер", "Nasser"}
  };

  private static final String[] MASCULINE = {"", "а", "у", "ым", "е"};
  private static final String[] FEMININE_A = {"а", "ы", "е", "у", "ой"};
  private static final String LATIN_LOOKALIKE = "aceopx";
  private static final String CYRILLIC_LOOKALIKE = "асеорх";

  private final Vocabulary russian;
  private final Vocabulary english;
  private final long seed;

  CorpusGenerator(Vocabulary russian, Vocabulary english, long seed) {
    this.russian = russian;
    this.english = english;
    this.seed = seed;
  }

  /**
   * Writes documents {@code 0..count-1} under {@code dir} (100 per sub-folder); returns the bytes
   * written.
   */
  long write(Path dir, int count) throws IOException {
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      Path folder = dir.resolve(String.format(Locale.ROOT, "batch-%04d", i / 100));
      Files.createDirectories(folder);
      byte[] doc = document(i).getBytes(StandardCharsets.UTF_8);
      Files.write(folder.resolve(String.format(Locale.ROOT, "doc-%07d.txt", i)), doc);
      bytes += doc.length;
    }
    return bytes;
  }

  String document(int i) {
    Random random = new Random(seed * 1_000_003L + i);
    int ruWords = russian.length(random, 500, 3000);
    int enWords =
        Math.max(500, Math.min(3000, (int) (ruWords * (1.05 + random.nextDouble() * 0.2))));
    int paragraphs = Math.max(3, ruWords / (40 + random.nextInt(110)));
    String[] name = NAMES[random.nextInt(NAMES.length)];
    int year = 1945 + random.nextInt(47);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    String monthName =
        java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    StringBuilder sb = new StringBuilder();
    sb.append("# **")
        .append(monthName)
        .append(' ')
        .append(day)
        .append(", ")
        .append(year)
        .append("**\n\n");
    sb.append("# Record of a Conversation with ")
        .append(name[1])
        .append(", document ")
        .append(i)
        .append("\n\n");
    sb.append("#### Citation:\n\n\"Record of a Conversation\", ")
        .append(year)
        .append(", Wilson Center Digital Archive. https://digitalarchive.example.org/document/")
        .append(900000 + i)
        .append("\n\n");
    sb.append("## **Summary:**\n\n").append(sentence(english, random, 25, name[1])).append("\n\n");
    sb.append("#### **Credits:**\n\nSynthetic benchmark document\n\n");
    sb.append(
        "## **Original Language:**\n\n"
            + "Russian\n\n"
            + "### **Contents:**\n\n"
            + "Original Scan\n"
            + "Translation - English\n\n");
    List<String> ru = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      boolean withName = random.nextDouble() < 0.5;
      ru.add(
          paragraph(
              russian,
              random,
              ruWords / paragraphs,
              withName ? inflect(name[0], random) : null,
              true));
      en.add(paragraph(english, random, enWords / paragraphs, withName ? name[1] : null, false));
      if (random.nextDouble() < 0.05) {
        ru.add(garbage(random));
      }
    }
    sb.append(String.join("\n\n", ru)).append("\n\n").append(String.join("\n\n", en)).append('\n');
    return sb.toString();
  }

  private String paragraph(Vocabulary v, Random random, int words, String name, boolean ocr) {
    StringBuilder sb = new StringBuilder();
    int sentenceLeft = 0;
    for (int w = 0; w < words; w++) {
      String word = v.word(random);
      if (name != null && w == words / 3) {
        word = name;
      } else if (ocr) {
        word = ocrNoise(word, random);
      }
      if (sentenceLeft == 0) {
        if (sb.length() > 0) {
          sb.append(". ");
        }
        word = capitalise(word);
        sentenceLeft = 8 + random.nextInt(18);
      } else {
        sb.append(' ');
      }
      sb.append(word);
      sentenceLeft--;
    }
    return sb.append('.').toString();
  }

  private String sentence(Vocabulary v, Random random, int words, String name) {
    return paragraph(v, random, words, name, false);
  }

  private static String inflect(String name, Random random) {
    if (name.endsWith("а")) {
      return name.substring(0, name.length() - 1) + FEMININE_A[random.nextInt(FEMININE_A.length)];
    }
    if (name.endsWith("о") || name.endsWith("и") || name.endsWith("у")) {
      return name; // indeclinable: Кастро, Кеннеди, Неру
    }
    return name + MASCULINE[random.nextInt(MASCULINE.length)];
  }

  /**
   * About one word in a hundred gets a Latin look-alike letter, one in two hundred a misread
   * letter.
   */
  private static String ocrNoise(String word, Random random) {
    double r = random.nextDouble();
    if (r < 0.01) {
      for (int k = 0; k < word.length(); k++) {
        int at = CYRILLIC_LOOKALIKE.indexOf(word.charAt(k));
        if (at >= 0) {
          return word.substring(0, k) + LATIN_LOOKALIKE.charAt(at) + word.substring(k + 1);
        }
      }
    } else if (r < 0.015 && word.length() > 3) {
      int k = 1 + random.nextInt(word.length() - 2);
      return word.substring(0, k) + (char) ('а' + random.nextInt(32)) + word.substring(k + 1);
    }
    return word;
  }

  private static String garbage(Random random) {
    StringBuilder sb = new StringBuilder();
    int words = 1 + random.nextInt(4);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        sb.append(' ');
      }
      int len = 2 + random.nextInt(6);
      for (int k = 0; k < len; k++) {
        sb.append((char) ('a' + random.nextInt(26)));
      }
    }
    return sb.append('.').toString();
  }

  private static String capitalise(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}

package dev.dossier.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An English word's pronunciation (ARPAbet, as the CMU Pronouncing Dictionary writes it) spelt in
 * plain Latin letters, one letter group per sound, so that the {@link Transcriber}'s rules write it
 * in Cyrillic as Russian writes English names: by sound. Whitelaw (W AY1 T L AO2) is {@code
 * waitlo}, which the rules write Уайтло; Eden (IY1 D AH0 N) is {@code iden}, Иден.
 *
 * <p>The letters follow Russian practical transcription of English (Gilyarevsky and Starostin 1985;
 * Yermolovich 2005): [æ] and an unstressed [ə] as e (Buchanan: byukenen, Бьюкенен; Truman: trumen),
 * a stressed [ʌ] as a (Bunch: banch), [ɔ] and [ɑ] as o (Salisbury: solzberi), [eɪ] as ey (Baker:
 * beyker, Бейкер), th as t or z, r wherever it is written.
 */
public final class Respelling {

  private Respelling() {}

  private static final Map<String, String> SOUNDS =
      Map.ofEntries(
          Map.entry("AA", "o"),
          Map.entry("AE", "e"),
          Map.entry("AH", "a"),
          Map.entry("AO", "o"),
          Map.entry("AW", "au"),
          Map.entry("AY", "ai"),
          Map.entry("EH", "e"),
          Map.entry("ER", "er"),
          Map.entry("EY", "ey"),
          Map.entry("IH", "i"),
          Map.entry("IY", "i"),
          Map.entry("OW", "o"),
          Map.entry("OY", "oi"),
          Map.entry("UH", "u"),
          Map.entry("UW", "u"),
          Map.entry("B", "b"),
          Map.entry("CH", "ch"),
          Map.entry("D", "d"),
          Map.entry("DH", "z"),
          Map.entry("F", "f"),
          Map.entry("G", "g"),
          Map.entry("HH", "h"),
          Map.entry("JH", "j"),
          Map.entry("K", "k"),
          Map.entry("L", "l"),
          Map.entry("M", "m"),
          Map.entry("N", "n"),
          Map.entry("NG", "ng"),
          Map.entry("P", "p"),
          Map.entry("R", "r"),
          Map.entry("S", "s"),
          Map.entry("SH", "sh"),
          Map.entry("T", "t"),
          Map.entry("TH", "t"),
          Map.entry("V", "v"),
          Map.entry("W", "w"),
          Map.entry("Y", "y"),
          Map.entry("Z", "z"),
          Map.entry("ZH", "zh"));

  /**
   * The respelling of {@code arpabet}, sounds separated by spaces, stress digits on vowels (e.g.
   * {@code "W AY1 T L AO2"}); throws on a sound ARPAbet does not have.
   */
  public static String of(String arpabet) {
    StringBuilder spelling = new StringBuilder();
    for (String sound : List.of(arpabet.trim().split("\\s+"))) {
      String bare = sound.replaceAll("[012]$", "");
      String letters = SOUNDS.get(bare.toUpperCase(Locale.ROOT));
      if (letters == null) {
        throw new IllegalArgumentException("not an ARPAbet sound: " + sound + " in " + arpabet);
      }
      if (bare.equals("AH") && sound.endsWith("0")) {
        letters = "e"; // the unstressed [ə]: Truman - Трумэн, Eden - Иден
      }
      spelling.append(letters);
    }
    return spelling.toString();
  }
}

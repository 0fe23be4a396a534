package dev.dossier.ingest.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The statistical step of {@link LanguageIdentifier}: which language a Latin-script text is in, by
 * the character n-gram profiles of optimaize's language-detector (Shuyo's langdetect, the detector
 * Apache Tika uses), restricted to a few European languages.
 */
final class LatinLanguages {

  /**
   * The candidate languages. Fewer candidates make short texts surer (no Catalan or Galician to
   * confuse with Spanish in a title); Italian, Portuguese and Dutch are here so that a text in one
   * of them is called by its name (and indexed as {@code und}) rather than forced into Spanish,
   * French or German.
   */
  static final List<String> CANDIDATES = List.of("en", "es", "de", "fr", "it", "pt", "nl");

  /**
   * Below this probability of the best candidate, the answer is {@code und}. The detector's
   * probabilities are sharp (a clear title scores above 0.9999); a text over 50 chars is scored as
   * the mean of 7 random-sampling trials that each settle on one language, so 0.9 asks all 7 to
   * agree ("informe de la direccion de inteligencia sobre la situacion", Spanish in 6 trials and
   * Italian in 1, is {@code und}).
   */
  static final double MIN_PROBABILITY = 0.9;

  private LatinLanguages() {}

  /**
   * The ISO 639-1 code of the language of a Latin-script {@code text}, or {@code und} when not
   * confident.
   */
  static String identify(String text) {
    // The profiles were counted on Wikipedia text, case kept, so capitals are rare n-grams in them:
    // an all-capitals
    // cable heading ("CABLE DE LA EMBAJADA DE CUBA EN MOSCU...") came out German at 0.71 until
    // lowercased.
    String lowercase = text.toLowerCase(Locale.ROOT);
    List<DetectedLanguage> ranked =
        Detector.INSTANCE.getProbabilities(Detector.TEXTS.forText(lowercase));
    if (ranked.isEmpty() || ranked.get(0).getProbability() < MIN_PROBABILITY) {
      return LanguageIdentifier.UNDETERMINED;
    }
    return ranked.get(0).getLocale().getLanguage();
  }

  /**
   * The detector, built at its first use (the initialization-on-demand holder idiom, JLS 12.4.2):
   * reading the profiles takes a good part of a second, which a search must not pay. One instance
   * serves every indexing thread: optimaize documents {@code LanguageDetectorImpl} as immutable and
   * thread-safe (its sampling for long texts seeds a new {@code Random} per call), and the text
   * factory holds only stateless filters, making a new text object per call.
   */
  private static final class Detector {
    static final LanguageDetector INSTANCE = build();

    /** Drops URLs and the letters of minority scripts, and reads at most 10,000 chars. */
    static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();

    private static LanguageDetector build() {
      try {
        List<LanguageProfile> profiles =
            new LanguageProfileReader()
                .readBuiltIn(CANDIDATES.stream().map(LdLocale::fromString).toList());
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(profiles)
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the language profiles of language-detector", e);
      }
    }
  }
}

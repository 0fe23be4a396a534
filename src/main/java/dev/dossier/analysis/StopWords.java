package dev.dossier.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * The Snowball project's stop-word lists that Lucene ships ({@code
 * org/apache/lucene/analysis/snowball/*_stop.txt}), by ISO 639-1 code: fuller than an analyzer's
 * own list, for filtering words that carry no meaning out of summaries.
 */
public final class StopWords {

  private static final Map<String, CharArraySet> CACHE = new ConcurrentHashMap<>();

  private StopWords() {}

  /** The stop words of {@code language}; empty when Snowball has no list for it. */
  public static CharArraySet of(String language) {
    return CACHE.computeIfAbsent(language, StopWords::load);
  }

  private static CharArraySet load(String language) {
    String name =
        Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
    String resource = "/org/apache/lucene/analysis/snowball/" + name + "_stop.txt";
    try (InputStream in = WordlistLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        return CharArraySet.EMPTY_SET;
      }
      return CharArraySet.unmodifiableSet(
          WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

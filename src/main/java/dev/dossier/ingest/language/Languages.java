package dev.dossier.ingest.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Language names as archives write them ("Russian") to ISO 639-1 codes ("ru"), from the JDK's
 * locale data.
 */
public final class Languages {

  private static final Map<String, String> BY_ENGLISH_NAME = new HashMap<>();

  static {
    for (String code : Locale.getISOLanguages()) {
      String name =
          Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
      BY_ENGLISH_NAME.putIfAbsent(name, code);
    }
  }

  private Languages() {}

  /**
   * The ISO 639-1 code of a language as a source names it: an English name ("Russian"), a code
   * ("ru") or a tag ("en-US", "ru_RU"); empty when it is none of these, or blank.
   */
  public static Optional<String> code(String nameOrCode) {
    if (nameOrCode == null || nameOrCode.isBlank()) {
      return Optional.empty();
    }
    String key = nameOrCode.strip().toLowerCase(Locale.ROOT);
    if (BY_ENGLISH_NAME.containsValue(key)) {
      return Optional.of(key);
    }
    if (BY_ENGLISH_NAME.containsKey(key)) {
      return Optional.of(BY_ENGLISH_NAME.get(key));
    }
    String primary = Locale.forLanguageTag(key.replace('_', '-')).getLanguage();
    return BY_ENGLISH_NAME.containsValue(primary) ? Optional.of(primary) : Optional.empty();
  }
}

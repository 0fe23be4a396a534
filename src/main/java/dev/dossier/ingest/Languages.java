package dev.dossier.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Language names as archives write them ("Russian") to ISO 639-1 codes ("ru"), from the JDK's locale data. */
final class Languages {

  private static final Map<String, String> BY_ENGLISH_NAME = new HashMap<>();

  static {
    for (String code : Locale.getISOLanguages()) {
      String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
      BY_ENGLISH_NAME.putIfAbsent(name, code);
    }
  }

  private Languages() {}

  /** The ISO 639-1 code of an English language name or of a code itself; empty when it is neither. */
  static Optional<String> code(String nameOrCode) {
    String key = nameOrCode.strip().toLowerCase(Locale.ROOT);
    if (BY_ENGLISH_NAME.containsValue(key)) {
      return Optional.of(key);
    }
    return Optional.ofNullable(BY_ENGLISH_NAME.get(key));
  }
}

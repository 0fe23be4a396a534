package dev.dossier.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code index-config/places.txt} is what ICU's copy of the Unicode CLDR says, and nothing else:
 * regenerated from it and compared line for line, so the file can neither go stale when ICU is
 * upgraded nor be edited by hand (names CLDR lacks go into name-variants.txt). {@code mvn test
 * -Dtest=ShippedPlaceNamesTest -Ddossier.regenerate=true} writes it anew.
 */
class ShippedPlaceNamesTest {

  private static final Path FILE = Path.of("index-config", NameVariants.PLACES_FILE_NAME);
  private static final ULocale EN = ULocale.ENGLISH;
  private static final ULocale RU = new ULocale("ru");

  @Test
  void theShippedFileIsWhatCldrSays() throws IOException {
    String generated = generate();
    if (Boolean.getBoolean("dossier.regenerate")) {
      Files.writeString(FILE, generated, StandardCharsets.UTF_8);
    }
    assertEquals(
        generated,
        Files.readString(FILE, StandardCharsets.UTF_8),
        "index-config/places.txt differs from ICU's CLDR data; regenerate it (see this test's"
            + " Javadoc)");
  }

  @Test
  void theFileHasTheConventionalNamesOfTheIssue() throws IOException {
    NameVariants places = NameVariants.loadPlaces(Path.of("index-config"));
    assertTrue(places.of("Europe").contains("Европа"));
    assertTrue(places.of("Италия").contains("Italy"));
    assertTrue(places.of("Vienna").contains("Вена"));
    assertTrue(places.of("Нью-Йорк").contains("New York"));
    assertTrue(places.of("Hong Kong").contains("Гонконг"));
  }

  /**
   * The file: a header, then one group per line, countries, then regions, then cities, each sorted
   * by English.
   */
  static String generate() {
    StringBuilder b = new StringBuilder();
    b.append(
            "# Conventional names of countries, regions and cities in English and Russian (Italy,"
                + " Италия; Vienna,\n")
        .append("# Вена), generated from the Unicode CLDR as ICU ")
        .append(VersionInfo.ICU_VERSION)
        .append(" carries it: territory names (full and short),\n")
        .append(
            "# continents and regions, and the exemplar cities of time zones. Same format as"
                + " name-variants.txt;\n")
        .append(
            "# matched at query time as the \"conventional\" level. Do not edit:"
                + " ShippedPlaceNamesTest regenerates\n")
        .append(
            "# and checks this file. Names CLDR lacks (England, Holland, Prussia) are in"
                + " name-variants.txt.\n");
    LocaleDisplayNames enFull = LocaleDisplayNames.getInstance(EN);
    LocaleDisplayNames ruFull = LocaleDisplayNames.getInstance(RU);
    LocaleDisplayNames enShort = LocaleDisplayNames.getInstance(EN, DisplayContext.LENGTH_SHORT);
    LocaleDisplayNames ruShort = LocaleDisplayNames.getInstance(RU, DisplayContext.LENGTH_SHORT);
    TreeMap<String, String> countries = new TreeMap<>();
    for (String code : ULocale.getISOCountries()) {
      group(
          countries,
          List.of(enFull.regionDisplayName(code), enShort.regionDisplayName(code)),
          List.of(ruFull.regionDisplayName(code), ruShort.regionDisplayName(code)));
    }
    TreeMap<String, String> regions = new TreeMap<>();
    for (Region.RegionType type :
        List.of(Region.RegionType.CONTINENT, Region.RegionType.SUBCONTINENT)) {
      for (Region region : Region.getAvailable(type)) {
        String code = region.toString();
        group(
            regions,
            List.of(enFull.regionDisplayName(code)),
            List.of(ruFull.regionDisplayName(code)));
      }
    }
    for (String code : List.of("EU", "UN")) {
      group(
          regions,
          List.of(enFull.regionDisplayName(code)),
          List.of(ruFull.regionDisplayName(code)));
    }
    TreeMap<String, String> cities = new TreeMap<>();
    TimeZoneNames enZones = TimeZoneNames.getInstance(EN);
    TimeZoneNames ruZones = TimeZoneNames.getInstance(RU);
    for (String zone :
        TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      String en = enZones.getExemplarLocationName(zone);
      String ru = ruZones.getExemplarLocationName(zone);
      // a zone's exemplar island is named without "Island" in English (Easter, остров Пасхи)
      if (en != null && ru != null && !(ru.startsWith("о-в") && !en.contains("Island"))) {
        group(cities, List.of(en), List.of(ru));
      }
    }
    b.append("\n# --- countries and territories ---\n");
    countries.values().forEach(line -> b.append(line).append('\n'));
    b.append("\n# --- continents and regions ---\n");
    regions.values().forEach(line -> b.append(line).append('\n'));
    b.append("\n# --- cities ---\n");
    cities.values().forEach(line -> b.append(line).append('\n'));
    return b.toString();
  }

  /**
   * One line of equivalent names, when both languages give a usable one; keyed by its first English
   * name.
   */
  private static void group(
      TreeMap<String, String> lines, List<String> english, List<String> russian) {
    Set<String> en = names(english);
    Set<String> ru = names(russian);
    if (en.isEmpty() || ru.isEmpty() || en.stream().anyMatch(ru::contains)) {
      return;
    }
    List<String> all = new ArrayList<>(en);
    all.addAll(ru);
    lines.putIfAbsent(all.get(0).toLowerCase(Locale.ROOT), String.join(", ", all));
  }

  /**
   * CLDR's Russian abbreviations of island names (Соломоновы о-ва, о-в Рождества), written out as
   * texts write them.
   */
  private static final java.util.Map<String, String> FULL =
      java.util.Map.of("о-ва", "острова", "о-в", "остров");

  private static final java.util.regex.Pattern ABBREVIATIONS =
      java.util.regex.Pattern.compile("(?<![\\p{L}-])о-в(?:а)?(?![\\p{L}-])");

  /**
   * Parentheses that tell two territories of one name apart (Виргинские острова (Великобритания))
   * rather than give another name of the same one (Myanmar (Burma)).
   */
  private static final Set<String> QUALIFIERS =
      Set.of("Великобритания", "США", "Нидерланды", "Франция", "United Kingdom", "U.S.");

  /**
   * The usable names of a display name: "Myanmar (Burma)" gives Myanmar and Burma, "Congo -
   * Kinshasa" Congo, "&" reads "and", "о-ва" "острова", a qualifying country in parentheses is
   * dropped (Виргинские острова (Великобритания)); names with digits, commas or other abbreviations
   * and lowercase ones (еврозона) are left out.
   */
  private static Set<String> names(List<String> displayNames) {
    Set<String> names = new LinkedHashSet<>();
    for (String display : displayNames) {
      if (display == null) {
        continue;
      }
      String d =
          ABBREVIATIONS
              .matcher(display.replace(" & ", " and "))
              .replaceAll(m -> FULL.get(m.group()));
      List<String> parts = new ArrayList<>();
      int paren = d.indexOf(" (");
      int close = d.indexOf(')', paren + 1);
      if (paren > 0 && close > paren) {
        String inside = d.substring(paren + 2, close);
        parts.add((d.substring(0, paren) + d.substring(close + 1)).strip());
        if (!QUALIFIERS.contains(inside) && close == d.length() - 1) {
          parts.add(inside);
        }
      } else {
        parts.add(d);
      }
      for (String part : parts) {
        String p = part.contains(" - ") ? part.substring(0, part.indexOf(" - ")) : part;
        p = p.strip();
        if (!p.isEmpty()
            && Character.isUpperCase(p.codePointAt(p.startsWith("остров ") ? 7 : 0))
            && p.chars().noneMatch(Character::isDigit)
            && !p.contains(",")
            && !p.contains(".")
            && !p.endsWith(" SAR China")
            && !p.equals("САР")) {
          names.add(p);
        }
      }
    }
    return names;
  }
}

package dev.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortIdsTest {

  @ParameterizedTest
  @CsvSource({
    "https://digitalarchive.wilsoncenter.org/document/chancellors-helmut-kohls-meeting-russian-foreign-minister-primakov-19-february-1996-moscow,"
        + " chancellors-helmut-kohls-meeting-russian-foreign-minister-primakov-19-february-1996-moscow",
    "https://digitalarchive.wilsoncenter.org/document/117072, 117072",
    "https://digitalarchive.wilsoncenter.org/document/117072/, 117072",
    "http://example.org/a/page.html?x=1#top, page",
    "https://example.org/docs/%D0%93%D0%B5%D0%B2%D0%B0%D1%80%D0%B0, Гевара",
    "https://example.org, example.org",
    "117072, 117072",
    "dafp-22-108-cablegram-to-canberra, dafp-22-108-cablegram-to-canberra",
  })
  void aUrlGivesItsLastPathSegmentAnythingElseStays(String id, String expected) {
    assertEquals(expected, ShortIds.of(id));
  }

  @ParameterizedTest
  @CsvSource({"https://a.org/x, true", "ftp://a.org/x, true", "117072, false", "a://, false"})
  void tellsAUrl(String id, boolean url) {
    if (url) {
      assertTrue(ShortIds.isUrl(id));
    } else {
      assertFalse(ShortIds.isUrl(id));
    }
  }
}

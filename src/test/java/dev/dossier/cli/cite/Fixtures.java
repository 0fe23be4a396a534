package dev.dossier.cli.cite;

import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.Derived;
import dev.dossier.model.MetadataField;
import dev.dossier.model.PartialDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The documents the format tests cite, each like the records of one archive Dossier indexes: a
 * Wilson Center record with its own citation line, a DAFP cable, a work of Stalin's in Russian, and
 * a bare scan whose title and date Dossier derived from its text.
 */
final class Fixtures {

  static final String WILSON_TITLE =
      "From the Diary of A. I. Alekseyev, Record of a Conversation with Ernesto Guevara, 25"
          + " December 1963";
  static final String WILSON_URL =
      "https://wilson-center-digital-archive.dvincitest.com/document/117072";
  static final String WILSON_LINE =
      "\""
          + WILSON_TITLE
          + "\", January 29, 1964, Wilson Center Digital Archive, TsKhSD, f. 5, op. 49, d. 760, II."
          + " 27-29, r. 9127. Translated for CWIHP by Gary Goldberg. "
          + WILSON_URL;

  /**
   * Wilson Center: the archive's own citation line, which names the title and ends with the URL.
   */
  static final ArchiveDocument WILSON =
      ArchiveDocument.builder("117072")
          .title(WILSON_TITLE)
          .date(Optional.of(PartialDate.ofDay(1964, 1, 29)))
          .citation(WILSON_LINE)
          .url(WILSON_URL)
          .original("ru", "Встретился сегодня с Э.Гевара")
          .translation("en", "I met with E. Guevara today")
          .metadata(
              Map.of(
                  MetadataField.COLLECTION, List.of("Wilson Center Digital Archive"),
                  MetadataField.ARCHIVE,
                      List.of("TsKhSD, f. 5, op. 49, d. 760, II. 27-29, r. 9127")))
          .build();

  static final String DAFP_URL =
      "https://www.dfat.gov.au/about-us/publications/historical-documents/volume-12/31-cablegram";

  /** Documents on Australian Foreign Policy: a cable, its volume, its NAA file. */
  static final ArchiveDocument DAFP =
      ArchiveDocument.builder("dafp-12-31-cablegram-to-canberra")
          .title("Cablegram from Evatt to Chifley")
          .date(Optional.of(PartialDate.ofDay(1947, 3, 12)))
          .citation("Documents on Australian Foreign Policy, Volume 12: 1947, document 31")
          .url(DAFP_URL)
          .original("en", "The Minister has seen the Prime Minister.")
          .metadata(
              Map.of(
                  MetadataField.COLLECTION, List.of("Documents on Australian Foreign Policy"),
                  MetadataField.SERIES, List.of("Volume 12: 1947"),
                  MetadataField.ARCHIVE, List.of("NAA: A1838, 3107/38/20"),
                  MetadataField.TYPE, List.of("Cablegram")))
          .build();

  /** Stalin's works: a Cyrillic title and collection, a year, no URL. */
  static final ArchiveDocument STALIN =
      ArchiveDocument.builder("stalin-2-1")
          .title("Марксизм и национальный вопрос")
          .date(Optional.of(PartialDate.ofYear(1913)))
          .citation("И. В. Сталин. Сочинения, том 2, № 1.")
          .original("ru", "Период контрреволюции в России принёс не только «гром и молнию».")
          .metadata(
              Map.of(
                  MetadataField.COLLECTION, List.of("Сталин. Сочинения"),
                  MetadataField.SERIES, List.of("Том 2"),
                  MetadataField.TYPE, List.of("Статья"),
                  MetadataField.PERSON, List.of("И. В. Сталин")))
          .build();

  /** A scan with no record: Dossier took its title from the first line, its date from the text. */
  static final ArchiveDocument BARE =
      ArchiveDocument.builder("scan-0042")
          .title("Record of conversation with the Soviet ambassador")
          .date(Optional.of(PartialDate.ofYear(1963)))
          .derived(Set.of(Derived.TITLE, Derived.DATE))
          .build();

  /** Nothing but an id. */
  static final ArchiveDocument ID_ONLY = ArchiveDocument.builder("box-7/item 3").build();

  static final List<ArchiveDocument> ALL = List.of(WILSON, DAFP, STALIN, BARE, ID_ONLY);

  private Fixtures() {}
}

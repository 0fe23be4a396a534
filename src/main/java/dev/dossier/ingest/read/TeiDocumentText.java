package dev.dossier.ingest.read;

import dev.dossier.ingest.date.TeiDates;
import dev.dossier.ingest.language.Languages;
import dev.dossier.ingest.language.TextLanguages;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.MetadataField;
import dev.dossier.model.PartialDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;

/**
 * The text and metadata of one TEI {@code <div type="document">}, gathered from the parser's
 * events: the {@code <head>} is the title, the first {@code <dateline>} gives the place and date,
 * the body keeps its paragraphs.
 *
 * <p>Footnotes ({@code <note>}) are lifted out of the running text, so a phrase that spans a
 * footnote mark still matches, and kept at the end as "[n] text" paragraphs: they are the editors'
 * annotations, not the document, but they name the people, files and related documents researchers
 * search for, and history.state.gov prints them below each document too. The source note ({@code
 * type="source"}: "Source: National Archives, ... Secret; Nodis.") is the archive reference, kept
 * as such and not in the text; the classification is read from it.
 */
final class TeiDocumentText {

  /** Elements that stand as paragraphs: a blank line before and after. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "ab",
          "head",
          "dateline",
          "opener",
          "closer",
          "list",
          "table",
          "lg",
          "postscript",
          "attachment",
          "div",
          "trailer",
          "byline",
          "floatingText",
          "sp");

  /**
   * Elements that start a line of their own (a break before only: two would make a paragraph of
   * every item).
   */
  private static final Set<String> LINES =
      Set.of("item", "row", "l", "lb", "label", "salute", "signed", "docAuthor");

  /**
   * The classification FRUS editors state in the source note, as a sentence of its own ("...
   * Secret; Nodis.").
   */
  private static final Pattern CLASSIFICATION =
      Pattern.compile(
          "(?:^|[.;]\\s+)(Top Secret|Secret|Confidential|Limited Official Use|Official Use"
              + " Only|Unclassified)\\s*(?:[.;]|$)");

  private final String xmlId;
  private final String n;
  private final String dateMin;
  private final String dateMax;
  private final String language;

  private final StringBuilder body = new StringBuilder();
  private final StringBuilder title = new StringBuilder();
  private final List<String> notes = new ArrayList<>();
  private final List<String> sourceNotes = new ArrayList<>();
  private final List<String> persons = new ArrayList<>();
  private final TeiDates.Dateline dateline = new TeiDates.Dateline();

  /**
   * Depth below the div (the div is 0); each field below is the depth of an open element of its
   * kind, or -1.
   */
  private int depth;

  private int headDepth = -1;
  private int noteDepth = -1;
  private int attachmentDepth = -1;
  private int signedDepth = -1;
  private int personDepth = -1;
  private int datelineDepth = -1;
  private int placeDepth = -1;
  private int dateDepth = -1;
  private boolean datelineSeen;
  private boolean afterLabel;
  private StringBuilder note;
  private String noteN = "";
  private boolean sourceNote;
  private StringBuilder person;
  private final StringBuilder place = new StringBuilder();

  TeiDocumentText(String xmlId, String n, String dateMin, String dateMax, String language) {
    this.xmlId = xmlId;
    this.n = n;
    this.dateMin = dateMin;
    this.dateMax = dateMax;
    this.language = language;
  }

  void start(String uri, String name, Attributes attributes) {
    depth++;
    if (noteDepth >= 0) {
      if (BLOCKS.contains(name) || LINES.contains(name)) {
        note.append(
            ' '); // its paragraphs run on as one; inline elements add nothing: "[<persName>" stays
        // "["
      }
      return;
    }
    if (name.equals("note")) {
      noteDepth = depth;
      note = new StringBuilder();
      noteN = TeiHandler.attribute(attributes, "", "n");
      sourceNote = "source".equals(attributes.getValue("type"));
      return;
    }
    if (depth == 1 && name.equals("head") && title.isEmpty()) {
      headDepth = depth;
      return;
    }
    track(uri, name, attributes);
    if (headDepth < 0) {
      breakBefore(name);
    } else if (LINES.contains(name)) {
      title.append(' '); // a title set on two lines is one line
    }
  }

  /**
   * Notes the elements whose text is metadata too: the dateline's place and date, the persons
   * named.
   */
  private void track(String uri, String name, Attributes attributes) {
    if (name.equals("attachment") && TeiHandler.FRUS.equals(uri) && attachmentDepth < 0) {
      attachmentDepth = depth; // an attachment's dateline is the attachment's, not the document's
    } else if (name.equals("signed") && signedDepth < 0) {
      signedDepth = depth;
    } else if (name.equals("persName") && (headDepth >= 0 || signedDepth >= 0) && personDepth < 0) {
      personDepth = depth;
      person = new StringBuilder();
    } else if (name.equals("dateline") && !datelineSeen && attachmentDepth < 0) {
      datelineSeen = true;
      datelineDepth = depth;
    } else if (datelineDepth >= 0
        && name.equals("placeName")
        && placeDepth < 0
        && place.isEmpty()) {
      placeDepth = depth;
    } else if (datelineDepth >= 0 && name.equals("date") && dateDepth < 0 && dateline.isEmpty()) {
      dateDepth = depth;
      dateline.attributes(attributes);
    }
  }

  void characters(char[] ch, int start, int length) {
    String s = new String(ch, start, length);
    if (noteDepth >= 0) {
      note.append(s);
      return;
    }
    if (personDepth >= 0) {
      person.append(s);
    }
    if (headDepth >= 0) {
      title.append(s);
      return;
    }
    if (placeDepth >= 0) {
      place.append(s);
    }
    if (dateDepth >= 0) {
      dateline.text(s);
    }
    if (!s.isBlank()) {
      afterLabel = false;
    }
    // line breaks in the XML are its layout; the paragraph breaks are the elements' (below)
    body.append(s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
  }

  void end(String uri, String name) {
    if (depth == noteDepth) {
      String text = collapse(note);
      if (sourceNote) {
        sourceNotes.add(text);
      } else if (!text.isEmpty()) {
        notes.add(noteN.isEmpty() ? text : "[" + noteN + "] " + text);
      }
      noteDepth = -1;
    } else if (noteDepth < 0) {
      endTracked();
      if (depth == headDepth) {
        headDepth = -1;
      } else if (headDepth < 0) {
        breakAfter(name);
      }
    }
    depth--;
  }

  private void endTracked() {
    if (depth == personDepth) {
      persons.add(collapse(person));
      personDepth = -1;
    }
    if (depth == signedDepth) {
      signedDepth = -1;
    }
    if (depth == attachmentDepth) {
      attachmentDepth = -1;
    }
    if (depth == datelineDepth) {
      datelineDepth = -1;
    }
    if (depth == placeDepth) {
      placeDepth = -1;
    }
    if (depth == dateDepth) {
      dateDepth = -1;
    }
  }

  private void breakBefore(String name) {
    if (BLOCKS.contains(name)) {
      body.append("\n\n");
    } else if (name.equals("item") && afterLabel) {
      body.append(' '); // "<label>1.</label><item>..." is one numbered line
    } else if (LINES.contains(name)) {
      body.append('\n');
    } else if (name.equals("cell")) {
      body.append(' '); // "<cell>1961</cell><cell>1962</cell>" are two numbers, not 19611962
    }
    afterLabel = false;
  }

  private void breakAfter(String name) {
    if (BLOCKS.contains(name)) {
      body.append("\n\n");
    } else if (name.equals("label")) {
      afterLabel = true;
    }
  }

  /** The document, the {@code ordinal}-th of {@code volume}, read from {@code source}. */
  ArchiveDocument toDocument(TeiVolume volume, int ordinal, String source) {
    StringBuilder text = new StringBuilder(body);
    notes.forEach(note -> text.append("\n\n").append(note));
    TextLanguages texts =
        TextLanguages.of(
            HtmlText.tidy(text.toString()), Languages.code(language), Optional.empty());
    String localId = !xmlId.isEmpty() ? xmlId : "d" + (n.isEmpty() ? String.valueOf(ordinal) : n);
    Optional<PartialDate> date = TeiDates.date(dateline, dateMin, dateMax);
    return ArchiveDocument.builder(volume.id() + "/" + localId)
        .title(collapse(title))
        .date(date)
        .citation(
            n.isEmpty() || volume.title().isEmpty()
                ? volume.title()
                : volume.title() + ", Document " + n)
        .url(volume.url(xmlId))
        .original(texts.originalLanguage(), texts.original())
        .translation(texts.translationLanguage(), texts.translation())
        .metadata(metadata(volume))
        .source(source)
        .build();
  }

  private Map<MetadataField, List<String>> metadata(TeiVolume volume) {
    Map<MetadataField, List<String>> metadata = new EnumMap<>(MetadataField.class);
    // a FRUS volume is one of a series: the collection is FRUS, the volume its series
    metadata.put(
        MetadataField.COLLECTION, List.of(volume.frus() ? TeiVolume.FRUS : volume.title()));
    if (volume.frus()) {
      metadata.put(MetadataField.SERIES, List.of(volume.title()));
    }
    metadata.put(MetadataField.PLACE, List.of(collapse(place).replaceAll("[,.]$", "")));
    metadata.put(MetadataField.PERSON, persons);
    metadata.put(
        MetadataField.ARCHIVE,
        sourceNotes.stream().map(s -> s.replaceFirst("^Source:\\s*", "")).toList());
    List<String> classification = new ArrayList<>();
    for (String note : sourceNotes) {
      Matcher m = CLASSIFICATION.matcher(note);
      if (m.find()) {
        classification.add(m.group(1));
      }
    }
    metadata.put(MetadataField.CLASSIFICATION, classification);
    return metadata;
  }

  /** The text with its runs of white space made single spaces. */
  static String collapse(CharSequence text) {
    return text.toString().replaceAll("\\s+", " ").strip();
  }
}

package dev.dossier.ingest.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Walks a TEI file for {@link TeiReader}: checks the root is TEI, takes the volume's id and title
 * from the header, and hands each {@code <div type="document">} to a {@link TeiDocumentText}. Also
 * the error handler, so the parser reports nothing on stderr and every error ends as the file's
 * rejection.
 */
final class TeiHandler extends DefaultHandler {

  static final String TEI = "http://www.tei-c.org/ns/1.0";
  static final String FRUS = "http://history.state.gov/frus/ns/1.0";

  /** The root element is not TEI's. */
  static final class NotTeiException extends SAXException {
    NotTeiException(String message) {
      super(message);
    }
  }

  private final List<TeiDocumentText> documents = new ArrayList<>();

  /** The {@code xml:lang} in force at each open element, inherited from the enclosing one. */
  private final Deque<String> languages = new ArrayDeque<>();

  private int depth;
  private String rootId = "";
  private String volumeId = "";
  private String completeTitle = "";
  private String firstTitle = "";
  private boolean inTitleStmt;
  private StringBuilder capture;
  private String captureKind = "";
  private int captureDepth = -1;
  private TeiDocumentText current;
  private int currentDepth = -1;

  /** The documents read, in file order. */
  List<TeiDocumentText> documents() {
    return documents;
  }

  /**
   * The volume, named by the header's {@code <idno type="frus">}, else the root's {@code xml:id},
   * else the file.
   */
  TeiVolume volume(String baseName) {
    String id = !volumeId.isEmpty() ? volumeId : !rootId.isEmpty() ? rootId : baseName;
    String title = !completeTitle.isEmpty() ? completeTitle : firstTitle;
    return new TeiVolume(id, title, !volumeId.isEmpty() || id.startsWith("frus"));
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes)
      throws SAXException {
    depth++;
    if (depth == 1) {
      checkRoot(uri, localName, qName);
      rootId = attribute(attributes, XMLConstants.XML_NS_URI, "id");
    }
    String lang = attribute(attributes, XMLConstants.XML_NS_URI, "lang");
    languages.push(lang.isEmpty() ? (languages.isEmpty() ? "" : languages.peek()) : lang);
    if (current != null) {
      current.start(uri, localName, attributes);
      return;
    }
    if (TEI.equals(uri)
        && localName.equals("div")
        && "document".equals(attributes.getValue("type"))) {
      current =
          new TeiDocumentText(
              attribute(attributes, XMLConstants.XML_NS_URI, "id"),
              attribute(attributes, "", "n"),
              attribute(attributes, FRUS, "doc-dateTime-min"),
              attribute(attributes, FRUS, "doc-dateTime-max"),
              languages.peek());
      currentDepth = depth;
      return;
    }
    header(uri, localName, attributes);
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (current != null && depth == currentDepth) {
      documents.add(current);
      current = null;
      currentDepth = -1;
    } else if (current != null) {
      current.end(uri, localName);
    } else if (depth == captureDepth) {
      endCapture();
    } else if (TEI.equals(uri) && localName.equals("titleStmt")) {
      inTitleStmt = false;
    }
    languages.pop();
    depth--;
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (current != null) {
      current.characters(ch, start, length);
    } else if (capture != null) {
      capture.append(ch, start, length);
    }
  }

  @Override
  public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
    throw e;
  }

  @Override
  public void error(org.xml.sax.SAXParseException e) throws SAXException {
    throw e;
  }

  private static void checkRoot(String uri, String localName, String qName) throws NotTeiException {
    if (!TEI.equals(uri) || !localName.equals("TEI")) {
      String namespace = uri.isEmpty() ? "in no namespace" : "in namespace " + uri;
      throw new NotTeiException("not TEI XML (root element " + qName + " " + namespace + ")");
    }
  }

  /** The volume's titles and FRUS id, from {@code titleStmt} and {@code publicationStmt}. */
  private void header(String uri, String localName, Attributes attributes) {
    if (!TEI.equals(uri) || capture != null) {
      return;
    }
    if (localName.equals("titleStmt")) {
      inTitleStmt = true;
    } else if (inTitleStmt && localName.equals("title")) {
      startCapture("complete".equals(attributes.getValue("type")) ? "complete" : "title");
    } else if (localName.equals("idno")
        && "frus".equals(attributes.getValue("type"))
        && volumeId.isEmpty()) {
      startCapture("idno");
    }
  }

  private void startCapture(String kind) {
    capture = new StringBuilder();
    captureKind = kind;
    captureDepth = depth;
  }

  private void endCapture() {
    String value = TeiDocumentText.collapse(capture);
    switch (captureKind) {
      case "complete" -> completeTitle = completeTitle.isEmpty() ? value : completeTitle;
      case "title" -> firstTitle = firstTitle.isEmpty() ? value : firstTitle;
      default -> volumeId = value;
    }
    capture = null;
    captureDepth = -1;
  }

  static String attribute(Attributes attributes, String uri, String localName) {
    String value = attributes.getValue(uri, localName);
    return value == null ? "" : value.strip();
  }
}

package dev.dossier.ingest.read;

import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.ingest.files.SourceFile;
import dev.dossier.model.ArchiveDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads TEI XML as the Office of the Historian publishes <i>Foreign Relations of the United
 * States</i> (github.com/HistoryAtState/frus, one file per volume): one document per {@code <div
 * type="document">}, with the volume's id and title from the TEI header. The file is streamed
 * (SAX), so a volume of thousands of documents is never held as a tree. DOCTYPEs and external
 * entities are refused: a TEI volume needs neither, and both are how XML is made to read local
 * files or expand without bound.
 */
public final class TeiReader implements ArchiveReader {

  @Override
  public boolean accepts(SourceFile file) {
    return file.lowerCaseName().endsWith(".xml");
  }

  @Override
  public ReadResult read(SourceFile file) throws RejectedFileException {
    TeiHandler handler = new TeiHandler();
    try {
      parser().parse(new InputSource(new ByteArrayInputStream(file.bytes())), handler);
    } catch (TeiHandler.NotTeiException e) {
      throw new RejectedFileException(e.getMessage());
    } catch (SAXParseException e) {
      throw new RejectedFileException(
          "not well-formed XML (line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + e.getMessage()
              + ")");
    } catch (SAXException | IOException e) {
      throw new RejectedFileException("not readable XML (" + e.getMessage() + ")", e);
    }
    List<TeiDocumentText> divs = handler.documents();
    if (divs.isEmpty()) {
      throw new RejectedFileException(
          "no <div type=\"document\"> in the TEI file (Dossier reads volumes of documents, as FRUS"
              + " publishes them)");
    }
    TeiVolume volume = handler.volume(file.baseName());
    List<ArchiveDocument> documents = new ArrayList<>();
    for (int i = 0; i < divs.size(); i++) {
      documents.add(divs.get(i).toDocument(volume, i + 1, file.path().toString()));
    }
    return ReadResult.of(documents);
  }

  private static SAXParser parser() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      return factory.newSAXParser();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a secure setting", e);
    }
  }
}

package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.testing.Sample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The configset as Solr reads it: well-formed XML (Solr refuses a core over one bad comment), and
 * every class of Dossier's plugin it names there to load. The deployment test (SolrDeploymentIT)
 * proves the rest on a running cluster.
 */
class SolrConfigsetTest {

  @TempDir Path dir;

  private Document parse(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  private static List<String> dossierClasses(Document xml) {
    List<String> classes = new ArrayList<>();
    NodeList all = xml.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      String name = ((Element) all.item(i)).getAttribute("class");
      if (name.startsWith("dev.dossier.")) {
        classes.add(name);
      }
    }
    return classes;
  }

  @Test
  void solrconfigAndSchemaParseAndNameClassesThatExist() throws Exception {
    SolrConfigset.Written written =
        new SolrConfigset(IndexConfigLoader.load(Sample.CONFIG)).write(dir.resolve("configset"));
    Document config = parse(written.conf().resolve("solrconfig.xml"));
    Document schema = parse(written.conf().resolve("managed-schema.xml"));
    List<String> classes = new ArrayList<>(dossierClasses(config));
    classes.addAll(dossierClasses(schema));
    assertTrue(
        classes.contains("dev.dossier.solr.DossierConcordanceComponent"), classes.toString());
    assertTrue(classes.contains("dev.dossier.solr.DossierQParserPlugin"), classes.toString());
    for (String name : classes) {
      assertDoesNotThrow(() -> Class.forName(name), name);
    }
    NodeList handlers = config.getElementsByTagName("requestHandler");
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < handlers.getLength(); i++) {
      paths.add(((Element) handlers.item(i)).getAttribute("name"));
    }
    assertEquals(List.of("/select", "/concordance"), paths);
  }

  /** The element named {@code name} among the schema's elements {@code tag}. */
  private static Element named(Document schema, String tag, String name) {
    NodeList all = schema.getElementsByTagName(tag);
    for (int i = 0; i < all.getLength(); i++) {
      if (((Element) all.item(i)).getAttribute("name").equals(name)) {
        return (Element) all.item(i);
      }
    }
    throw new AssertionError("no " + tag + " " + name);
  }

  private static String keptKeys(Document schema, String field) {
    Element type = named(schema, "fieldType", named(schema, "field", field).getAttribute("type"));
    NodeList filters = type.getElementsByTagName("filter");
    for (int i = 0; i < filters.getLength(); i++) {
      Element filter = (Element) filters.item(i);
      if (filter.getAttribute("name").equals("nameKeys")) {
        return filter.getAttribute("keep");
      }
    }
    throw new AssertionError(field + " has no nameKeys filter");
  }

  @Test
  void aNameKeyFieldKeepsTranslitKeysAndItsCodesFieldTheCodesDocsOnly() throws Exception {
    Document schema =
        parse(
            new SolrConfigset(IndexConfigLoader.load(Sample.CONFIG))
                .write(dir.resolve("configset"))
                .conf()
                .resolve("managed-schema.xml"));
    for (String names :
        List.of(Fields.names("ru"), Fields.names("en"), Fields.names(Fields.META))) {
      assertEquals("translit", keptKeys(schema, names), names);
      String codes = Fields.phonetic(names);
      assertEquals("phonetic", keptKeys(schema, codes), codes);
      assertEquals("true", named(schema, "field", codes).getAttribute("omitTermFreqAndPositions"));
    }
    List<String> copies = new ArrayList<>();
    NodeList copyFields = schema.getElementsByTagName("copyField");
    for (int i = 0; i < copyFields.getLength(); i++) {
      Element copy = (Element) copyFields.item(i);
      copies.add(copy.getAttribute("source") + ">" + copy.getAttribute("dest"));
    }
    assertTrue(copies.contains("text_ru>phonetic_ru"), copies.toString());
    assertTrue(copies.contains("names_meta>phonetic_meta"), copies.toString());
  }
}

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
}

package dev.dossier.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.SolrConfigset;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.core.SolrResourceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A core's configuration is copied once per content, not once per core load, and not left behind.
 */
class LocalConfigCopyTest {

  @Test
  void aReloadedCoreReusesItsCopyAndAChangedConfigsetGetsItsOwn(@TempDir Path dir)
      throws Exception {
    Path conf =
        new SolrConfigset(IndexConfigLoader.load(Sample.CONFIG))
            .write(dir.resolve("core/conf"))
            .conf();
    Path first;
    Path second;
    try (SolrResourceLoader loader = new SolrResourceLoader(conf.getParent());
        SolrResourceLoader reloaded = new SolrResourceLoader(conf.getParent())) {
      first = DossierQParserPlugin.localCopy(loader);
      second = DossierQParserPlugin.localCopy(reloaded);
    }
    assertEquals(first, second);
    assertEquals(
        Files.readString(conf.resolve("dossier.yaml")),
        Files.readString(first.resolve("dossier.yaml")));
    Files.writeString(
        conf.resolve("name-variants.txt"),
        "Che | Гевара\n",
        java.nio.file.StandardOpenOption.APPEND);
    Path changed;
    try (SolrResourceLoader loader = new SolrResourceLoader(conf.getParent())) {
      changed = DossierQParserPlugin.localCopy(loader);
    }
    assertNotEquals(first, changed);
    assertTrue(Files.readString(changed.resolve("name-variants.txt")).endsWith("Che | Гевара\n"));
    DossierQParserPlugin.deleteCopies();
    assertFalse(Files.exists(first));
    assertFalse(Files.exists(changed));
  }
}

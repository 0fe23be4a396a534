package dev.dossier.config;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML for files people write about archives: every scalar is the text written, nothing is
 * typed.
 */
public final class TextYaml {

  private TextYaml() {}

  /**
   * A parser that reads every scalar as the text written: no implicit types, because YAML 1.1 would
   * make {@code language: no} (Norwegian) the boolean false, {@code date: 1961-01-03} a timestamp
   * at midnight UTC (precision lost) and {@code id: 0042} the number 42. Safe constructor: no types
   * named by the file.
   */
  public static Yaml parser() {
    LoaderOptions options = new LoaderOptions();
    Resolver textOnly =
        new Resolver() {
          @Override
          protected void addImplicitResolvers() {}
        };
    DumperOptions dumper = new DumperOptions();
    return new Yaml(
        new SafeConstructor(options), new Representer(dumper), dumper, options, textOnly);
  }
}

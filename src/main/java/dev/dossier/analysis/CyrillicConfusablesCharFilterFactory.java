package dev.dossier.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/** Factory for {@link CyrillicConfusablesCharFilter}; SPI name {@code cyrillicConfusables}. */
public final class CyrillicConfusablesCharFilterFactory extends CharFilterFactory {

  /** SPI name, as written in index-config. */
  public static final String NAME = "cyrillicConfusables";

  /** Creates the factory; it takes no parameters. */
  public CyrillicConfusablesCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public CyrillicConfusablesCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new CyrillicConfusablesCharFilter(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}

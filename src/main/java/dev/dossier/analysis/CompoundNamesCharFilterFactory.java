package dev.dossier.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/** Factory for {@link CompoundNamesCharFilter}; SPI name {@code compoundNames}. */
public final class CompoundNamesCharFilterFactory extends CharFilterFactory {

  /** SPI name, as written in index-config. */
  public static final String NAME = "compoundNames";

  /** Creates the factory; it takes no parameters. */
  public CompoundNamesCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public CompoundNamesCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new CompoundNamesCharFilter(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}

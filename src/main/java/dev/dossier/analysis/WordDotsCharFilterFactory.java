package dev.dossier.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/** Factory for {@link WordDotsCharFilter}; SPI name {@code wordDots}. */
public final class WordDotsCharFilterFactory extends CharFilterFactory {

  /** SPI name, as written in index-config. */
  public static final String NAME = "wordDots";

  /** Creates the factory; it takes no parameters. */
  public WordDotsCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public WordDotsCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new WordDotsCharFilter(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}

package dev.dossier.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link NameKeyFilter}; SPI name {@code nameKeys}. */
public final class NameKeyFilterFactory extends TokenFilterFactory {

  /** SPI name, as written in index-config. */
  public static final String NAME = "nameKeys";

  /** Creates the factory; it takes no parameters. */
  public NameKeyFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI. */
  public NameKeyFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new NameKeyFilter(input);
  }
}

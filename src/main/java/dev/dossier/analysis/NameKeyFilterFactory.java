package dev.dossier.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link NameKeyFilter}; SPI name {@code nameKeys}. It owns the name-key cache its
 * filters share, so the cache lives as long as the analyzer that built it.
 */
public final class NameKeyFilterFactory extends TokenFilterFactory {

  /** SPI name, as written in index-config. */
  public static final String NAME = "nameKeys";

  private final NameKeyCache keys = new NameKeyCache();

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
    return new NameKeyFilter(input, keys);
  }
}

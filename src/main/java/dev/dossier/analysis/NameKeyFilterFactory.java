package dev.dossier.analysis;

import java.util.Map;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Factory for {@link NameKeyFilter}; SPI name {@code nameKeys}. It owns the name-key cache its
 * filters share, so the cache lives as long as the analyzer that built it.
 */
public final class NameKeyFilterFactory extends TokenFilterFactory {

  /** SPI name, as written in index-config. */
  public static final String NAME = "nameKeys";

  /**
   * The parameter that keeps one kind of key: {@code translit} ({@code t:} terms) or {@code
   * phonetic} ({@code p:} terms); without it, both. Dossier's own index records both from one
   * analysis and files them in two fields; a Solr schema, whose fields each analyse the text, asks
   * each field's chain for its kind.
   */
  public static final String KEEP = "keep";

  private final NameKeyCache keys = new NameKeyCache();

  /** Only the keys with this prefix, or all when null. */
  private final String kept;

  /** Creates the factory; its one optional parameter is {@link #KEEP}. */
  public NameKeyFilterFactory(Map<String, String> args) {
    super(args);
    String keep = get(args, KEEP, java.util.List.of("translit", "phonetic"), null);
    kept =
        keep == null
            ? null
            : keep.equals("translit") ? NameKeyFilter.TRANSLIT : NameKeyFilter.PHONETIC;
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
    TokenStream all = new NameKeyFilter(input, keys);
    return kept == null ? all : new KeptKeys(all, kept);
  }

  /** The keys of one kind; a dropped key's position increment passes to the next one kept. */
  private static final class KeptKeys extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final String prefix;

    KeptKeys(TokenStream input, String prefix) {
      super(input);
      this.prefix = prefix;
    }

    @Override
    protected boolean accept() {
      if (term.length() < prefix.length()) {
        return false;
      }
      for (int i = 0; i < prefix.length(); i++) {
        if (term.charAt(i) != prefix.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }
}

package dev.dossier.analysis;

import dev.dossier.config.AnalyzerSpec;
import dev.dossier.config.ComponentSpec;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/**
 * Several analysis chains run over one text with one tokenisation: the chains of a language
 * (stemmed, unstemmed, name keys) declare the same char filters and tokenizer, and often the same
 * first filters, so that shared part runs once, is recorded, and each chain's own filters run on a
 * replay of it. This is Lucene's tee/sink idea ({@code TeeSinkTokenFilter}) with flat recording
 * instead of cloned attribute states.
 *
 * <p>Chains that do not share char filters and tokenizer are each run on their own; the result is
 * the same either way, only the work differs.
 */
public final class TeedAnalysis {

  private final List<CustomAnalyzer> analyzers;

  /**
   * The shared part as an analyzer (per-thread reuse of its tokenizer), or null when the chains
   * share nothing.
   */
  private final Analyzer shared;

  /** How many leading filters every chain shares. */
  private final int sharedFilters;

  private TeedAnalysis(List<CustomAnalyzer> analyzers, Analyzer shared, int sharedFilters) {
    this.analyzers = analyzers;
    this.shared = shared;
    this.sharedFilters = sharedFilters;
  }

  /** The teed analysis of the chains {@code specs}, built as {@code analyzers} (same order). */
  public static TeedAnalysis of(List<AnalyzerSpec> specs, List<CustomAnalyzer> analyzers) {
    AnalyzerSpec first = specs.get(0);
    boolean sameStart =
        specs.stream()
            .allMatch(
                s ->
                    s.charFilters().equals(first.charFilters())
                        && s.tokenizer().equals(first.tokenizer()));
    if (!sameStart) {
      return new TeedAnalysis(List.copyOf(analyzers), null, 0);
    }
    int common = 0;
    while (commonAt(specs, common)) {
      common++;
    }
    return new TeedAnalysis(
        List.copyOf(analyzers), new SharedPart(analyzers.get(0), common), common);
  }

  private static boolean commonAt(List<AnalyzerSpec> specs, int index) {
    List<ComponentSpec> filters = specs.get(0).filters();
    if (index >= filters.size()) {
      return false;
    }
    return specs.stream()
        .allMatch(
            s -> index < s.filters().size() && s.filters().get(index).equals(filters.get(index)));
  }

  /** The tokens of {@code text} by each chain, in the order the chains were given. */
  public List<RecordedTokens> analyse(String field, String text) {
    List<RecordedTokens> all = new ArrayList<>(analyzers.size());
    if (shared == null) {
      for (Analyzer analyzer : analyzers) {
        all.add(RecordedTokens.of(analyzer.tokenStream(field, text)));
      }
      return all;
    }
    RecordedTokens common = RecordedTokens.of(shared.tokenStream(field, text));
    for (CustomAnalyzer analyzer : analyzers) {
      List<TokenFilterFactory> filters = analyzer.getTokenFilterFactories();
      if (filters.size() == sharedFilters) {
        all.add(common);
        continue;
      }
      TokenStream stream = common.replay();
      for (TokenFilterFactory filter : filters.subList(sharedFilters, filters.size())) {
        stream = filter.create(stream);
      }
      all.add(RecordedTokens.of(stream));
    }
    return all;
  }

  /** The char filters, tokenizer and shared leading filters of a chain, as a reusable analyzer. */
  private static final class SharedPart extends Analyzer {
    private final List<CharFilterFactory> charFilters;
    private final TokenizerFactory tokenizer;
    private final List<TokenFilterFactory> filters;

    SharedPart(CustomAnalyzer chain, int sharedFilters) {
      this.charFilters = chain.getCharFilterFactories();
      this.tokenizer = chain.getTokenizerFactory();
      this.filters = chain.getTokenFilterFactories().subList(0, sharedFilters);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      for (CharFilterFactory charFilter : charFilters) {
        reader = charFilter.create(reader);
      }
      return reader;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = tokenizer.create();
      TokenStream stream = source;
      for (TokenFilterFactory filter : filters) {
        stream = filter.create(stream);
      }
      return new TokenStreamComponents(source, stream);
    }
  }
}

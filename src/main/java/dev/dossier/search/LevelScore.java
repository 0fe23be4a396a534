package dev.dossier.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Scores a query in a band: {@code base + s / (s + 1)} for its BM25 score {@code s}. Used through Lucene's
 * {@link FunctionScoreQuery}, it puts each {@link MatchLevel} in its own band.
 */
final class LevelScore extends DoubleValuesSource {

  private final double base;

  private LevelScore(double base) {
    this.base = base;
  }

  /** {@code query} scored in the band of {@code level}. */
  static Query of(Query query, MatchLevel level) {
    return query == null ? null : new FunctionScoreQuery(query, new LevelScore(level.weight()));
  }

  /** {@code query} scored in [0, 1): a bonus that never outweighs a level. */
  static Query bonus(Query query) {
    return query == null ? null : new FunctionScoreQuery(query, new LevelScore(0));
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) {
    return new DoubleValues() {
      @Override
      public double doubleValue() throws IOException {
        double s = scores.doubleValue();
        return base + s / (s + 1);
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        return scores.advanceExact(doc);
      }
    };
  }

  @Override
  public boolean needsScores() {
    return true;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return false;
  }

  @Override
  public int hashCode() {
    return Objects.hash(base);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LevelScore other && other.base == base;
  }

  @Override
  public String toString() {
    return "level(" + base + ")";
  }
}

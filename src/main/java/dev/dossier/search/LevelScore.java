package dev.dossier.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A query scored in a band: {@code base + s / (s + 1)} for its BM25 score {@code s}, which puts
 * each {@link MatchLevel} in its own band.
 *
 * <p>Unlike Lucene's {@code FunctionScoreQuery}, whose scorer reports an unbounded maximum score,
 * this one passes score bounds both ways (the band transform is increasing): its maximum is {@code
 * base + m / (m + 1)} for the inner maximum {@code m}, and a minimum competitive score maps back to
 * the inner one. So top-k collection can skip blocks of documents (block-max WAND), and a level
 * whose whole band lies below the current tenth hit is not scored at all: once ten documents match
 * exactly, the phonetic and OCR levels of a name stop costing anything.
 */
final class LevelScore extends Query {

  private final Query in;
  private final double base;

  /** The level whose band this is; null for a bonus. */
  private final MatchLevel level;

  private LevelScore(Query in, double base, MatchLevel level) {
    this.in = in;
    this.base = base;
    this.level = level;
  }

  /** {@code query} scored in the band of {@code level}. */
  static Query of(Query query, MatchLevel level) {
    return query == null ? null : new LevelScore(query, level.weight(), level);
  }

  /** {@code query} scored in [0, 1): a bonus that never outweighs a level. */
  static Query bonus(Query query) {
    return query == null ? null : new LevelScore(query, 0, null);
  }

  /** The level whose band this is; null for a bonus. */
  MatchLevel level() {
    return level;
  }

  /** The query scored. */
  Query inner() {
    return in;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight inner = in.createWeight(searcher, scoreMode, 1f);
    if (!scoreMode.needsScores()) {
      return inner;
    }
    return new LevelWeight(this, inner, base, boost);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = in.rewrite(searcher);
    return rewritten == in ? this : new LevelScore(rewritten, base, level);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "level(" + base + ", " + in.toString(field) + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && ((LevelScore) o).base == base && ((LevelScore) o).in.equals(in);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), in, base);
  }

  /**
   * The band transform, the one place it is computed (scores and their bounds agree to the last
   * bit).
   */
  private static float banded(double base, float boost, double s) {
    return (float) (boost * (base + s / (s + 1)));
  }

  private static final class LevelWeight extends Weight {
    private final Weight inner;
    private final double base;
    private final float boost;

    LevelWeight(Query query, Weight inner, double base, float boost) {
      super(query);
      this.inner = inner;
      this.base = base;
      this.boost = boost;
    }

    @Override
    public Matches matches(LeafReaderContext context, int doc) throws IOException {
      return inner.matches(context, doc);
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      Explanation e = inner.explain(context, doc);
      if (!e.isMatch()) {
        return e;
      }
      return Explanation.match(
          banded(base, boost, e.getValue().doubleValue()),
          "level " + base + " + s/(s+1), boost " + boost + ", of:",
          e);
    }

    @Override
    public Scorer scorer(LeafReaderContext context) throws IOException {
      ScorerSupplier supplier = scorerSupplier(context);
      return supplier == null ? null : supplier.get(Long.MAX_VALUE);
    }

    /**
     * The inner supplier, wrapped: passing {@code setTopLevelScoringClause} on is what lets the
     * inner term scorers skip blocks by their impacts (Lucene 9.12 builds skipping iterators only
     * for top-level scoring clauses).
     */
    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      ScorerSupplier in = inner.scorerSupplier(context);
      if (in == null) {
        return null;
      }
      Weight weight = this;
      return new ScorerSupplier() {
        @Override
        public Scorer get(long leadCost) throws IOException {
          return new LevelScorer(weight, in.get(leadCost), base, boost);
        }

        @Override
        public long cost() {
          return in.cost();
        }

        @Override
        public void setTopLevelScoringClause() throws IOException {
          in.setTopLevelScoringClause();
        }
      };
    }

    @Override
    public int count(LeafReaderContext context) throws IOException {
      return inner.count(context);
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return inner.isCacheable(ctx);
    }
  }

  private static final class LevelScorer extends Scorer {
    private final Scorer in;
    private final double base;
    private final float boost;

    LevelScorer(Weight weight, Scorer in, double base, float boost) {
      super(weight);
      this.in = in;
      this.base = base;
      this.boost = boost;
    }

    @Override
    public int docID() {
      return in.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return in.iterator();
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return in.twoPhaseIterator();
    }

    @Override
    public float score() throws IOException {
      return banded(base, boost, in.score());
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      float max = in.getMaxScore(upTo);
      return Float.isInfinite(max)
          ? banded(base, boost, Double.MAX_VALUE)
          : banded(base, boost, max);
    }

    /**
     * Maps the bound back through the band: inner scores below {@code x / (1 - x)}, {@code x} the
     * bound's part above the band's base, cannot reach it. Lowered by a thousandth, so float
     * rounding never skips a document that could compete; a bound above the whole band skips
     * everything.
     */
    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      if (boost <= 0) {
        return;
      }
      double x = minScore / (double) boost - base;
      if (x <= 0) {
        return;
      }
      if (x > 1.000001) {
        in.setMinCompetitiveScore(Float.POSITIVE_INFINITY);
        return;
      }
      double clamped = Math.min(x, 0.999);
      in.setMinCompetitiveScore((float) (clamped / (1 - clamped) * 0.999));
    }
  }
}

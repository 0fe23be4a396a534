package dev.dossier.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * A query without its similarity levels ({@link MatchLevel#similarOnly}): the documents it matches
 * are those the user's words match for certain, and the rest of the full query's matches are
 * "similar" only. Built by taking the levels out of the query tree, so that both queries come from
 * one place; what is excluded (NOT, -word) stays excluded with every level.
 */
final class StrongQuery {

  private StrongQuery() {}

  /**
   * {@code query} without its similarity levels; a query that matches nothing when nothing else is
   * left.
   */
  static Query of(Query query) {
    Query strong = without(query);
    return strong == null ? new MatchNoDocsQuery("only similar matches") : strong;
  }

  /** Whether {@code query} has a similarity level anywhere. */
  static boolean hasSimilar(Query query) {
    return without(query) != query;
  }

  /**
   * {@code q} less its similarity levels; {@code q} itself when it has none; null when nothing is
   * left.
   */
  private static Query without(Query q) {
    if (q instanceof LevelScore level) {
      return level.level() != null && level.level().similarOnly() ? null : q;
    }
    if (q instanceof DisjunctionMaxQuery dismax) {
      List<Query> kept = new ArrayList<>();
      boolean changed = false;
      for (Query d : dismax.getDisjuncts()) {
        Query w = without(d);
        changed |= w != d;
        if (w != null) {
          kept.add(w);
        }
      }
      if (!changed) {
        return q;
      }
      return kept.isEmpty()
          ? null
          : new DisjunctionMaxQuery(kept, dismax.getTieBreakerMultiplier());
    }
    if (q instanceof BoostQuery boost) {
      Query w = without(boost.getQuery());
      return w == boost.getQuery() ? q : w == null ? null : new BoostQuery(w, boost.getBoost());
    }
    if (q instanceof BooleanQuery bool) {
      BooleanQuery.Builder b =
          new BooleanQuery.Builder()
              .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      boolean changed = false;
      boolean positive = false;
      for (BooleanClause c : bool.clauses()) {
        if (c.getOccur() == BooleanClause.Occur.MUST_NOT) {
          b.add(c); // excluded at every level
          continue;
        }
        Query w = without(c.getQuery());
        changed |= w != c.getQuery();
        if (w == null) {
          if (c.isRequired()) {
            return null; // a required part matches only by similarity
          }
          continue;
        }
        b.add(w, c.getOccur());
        positive = true;
      }
      if (!changed) {
        return q;
      }
      return positive ? b.build() : null;
    }
    return q;
  }
}

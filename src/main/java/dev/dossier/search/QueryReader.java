package dev.dossier.search;

import dev.dossier.index.IndexSchema;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Turns a user's query string into a Lucene query, or into a {@link QuerySyntaxException} that says
 * what is wrong and at which column. Unbalanced quotes and brackets are found by a scan of our own
 * first, because the generated parser reports them only as "encountered EOF".
 */
final class QueryReader {

  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

  private QueryReader() {}

  /** A parsed query and the units it searches for, for --explain. */
  record Parsed(Query query, List<QueryUnit> units) {}

  static Query read(IndexSchema schema, String query) throws QuerySyntaxException {
    return read(
            schema,
            query,
            new UnitQueries(schema, NameResources.none(schema), new NameSeeds(null), false))
        .query();
  }

  static Parsed read(IndexSchema schema, String query, UnitQueries units)
      throws QuerySyntaxException {
    if (query.isBlank()) {
      throw new QuerySyntaxException(query, 0, "empty query");
    }
    QueryLimits.check(query);
    checkBalance(query);
    try {
      Query parsed = new DossierQueryParser(schema, units).parse(query);
      return new Parsed(parsed, units.units());
    } catch (ParseException e) {
      throw translate(query, e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryLimits.tooManyClauses(query);
    }
  }

  private static void checkBalance(String query) throws QuerySyntaxException {
    boolean inQuote = false;
    int quoteAt = -1;
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++; // escaped character
        continue;
      }
      if (c == '"') {
        inQuote = !inQuote;
        quoteAt = i;
      } else if (!inQuote && (c == '(' || c == '[' || c == '{')) {
        open.push(i);
      } else if (!inQuote && (c == ')' || c == ']' || c == '}')) {
        if (open.isEmpty() || !matches(query.charAt(open.peek()), c)) {
          throw new QuerySyntaxException(query, i + 1, "unmatched '" + c + "'");
        }
        open.pop();
      }
    }
    if (inQuote) {
      throw new QuerySyntaxException(
          query, quoteAt + 1, "unbalanced quote: this '\"' is never closed");
    }
    if (!open.isEmpty()) {
      int at = open.peek();
      throw new QuerySyntaxException(query, at + 1, "'" + query.charAt(at) + "' is never closed");
    }
  }

  private static boolean matches(char open, char close) {
    // Ranges may mix brackets: [a TO b} is inclusive-exclusive.
    return open == '(' ? close == ')' : close == ']' || close == '}';
  }

  private static QuerySyntaxException translate(String query, ParseException e) {
    Throwable cause = e.getCause();
    if (cause instanceof DossierQueryParser.FieldError field) {
      return new QuerySyntaxException(query, field.column(), cause.getMessage());
    }
    if (cause instanceof ParseException pe
        && pe.currentToken != null
        && pe.currentToken.next != null) {
      Token next = pe.currentToken.next;
      String what = next.kind == 0 ? "unexpected end of query" : "unexpected '" + next.image + "'";
      return new QuerySyntaxException(
          query, next.kind == 0 ? query.length() + 1 : next.beginColumn + 1, what);
    }
    if (cause instanceof TokenMgrError) {
      Matcher m = COLUMN.matcher(cause.getMessage());
      return new QuerySyntaxException(
          query, m.find() ? Integer.parseInt(m.group(1)) : 0, "unexpected character");
    }
    if (cause instanceof IndexSearcher.TooManyClauses) {
      return QueryLimits.tooManyClauses(query);
    }
    if (cause instanceof ParseException pe && pe.getMessage() != null) {
      return new QuerySyntaxException(query, 0, luceneProblem(pe.getMessage()));
    }
    return new QuerySyntaxException(query, 0, "cannot parse");
  }

  /** The problems Lucene's query parser reports in words of its own, in ours. */
  private static String luceneProblem(String message) {
    if (message.contains("not allowed as first character in WildcardQuery")) {
      return "a word cannot start with '*' or '?' (it would have to read every word of the index)";
    }
    if (message.contains("Minimum similarity for a FuzzyQuery")) {
      return "a fuzzy term's ~N must be 0, 1 or 2 (edits)";
    }
    if (message.contains("Fractional edit distances")) {
      return "a fuzzy term's ~N must be a whole number of edits (0, 1 or 2)";
    }
    return message.strip();
  }
}

package dev.dossier.search;

/**
 * A query the user typed cannot be parsed; carries the query, the 1-based column (0 when unknown)
 * and what is wrong, so the CLI can print one line.
 */
public class QuerySyntaxException extends Exception {
  private final String query;
  private final int column;
  private final String problem;

  public QuerySyntaxException(String query, int column, String problem) {
    super(
        "query '" + preview(query) + "': " + problem + (column > 0 ? " at column " + column : ""));
    this.query = query;
    this.column = column;
    this.problem = problem;
  }

  /**
   * The query as a message shows it: whole up to 200 characters, else its start and its length, so
   * that a refused query of 100,000 characters does not fill the terminal.
   */
  private static String preview(String query) {
    return query.length() <= 200
        ? query
        : query.substring(0, 160)
            + "... ("
            + String.format(java.util.Locale.ROOT, "%,d", query.length())
            + " characters)";
  }

  /** The query as typed. */
  public String query() {
    return query;
  }

  /** The 1-based column of the problem, 0 when unknown. */
  public int column() {
    return column;
  }

  /** What is wrong, without the position. */
  public String problem() {
    return problem;
  }
}

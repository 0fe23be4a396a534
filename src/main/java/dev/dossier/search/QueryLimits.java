package dev.dossier.search;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.queryparser.charstream.FastCharStream;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.QueryParserTokenManager;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;

/**
 * How large a query may be: the one place that decides it, so that every query either ends within a
 * second or two or is refused as a usage error that names the limit. A word costs a few term
 * lookups and, for a name, its name keys and their spellings in every language (tens of clauses); a
 * pattern (prefix, wildcard, fuzzy, regular expression) walks a language's whole dictionary;
 * nesting costs the parser's stack. The query is scanned with the parser's own tokenizer before it
 * is parsed, so each limit is reported at the column where it is passed.
 */
final class QueryLimits {

  /** Characters in a query. */
  static final int MAX_CHARS = 2_000;

  /**
   * Words in a query, counting each word of a phrase, and not counting field names and AND, OR,
   * NOT.
   */
  static final int MAX_WORDS = 32;

  /**
   * Characters in one word: longer than any word of the corpora, and bounded so name keys stay
   * cheap.
   */
  static final int MAX_WORD_CHARS = 100;

  /**
   * Prefix, wildcard, fuzzy and regular-expression terms in a query: each walks a whole dictionary
   * per language.
   */
  static final int MAX_PATTERNS = 5;

  /** Parentheses inside parentheses. */
  static final int MAX_DEPTH = 32;

  /**
   * Clauses a query may expand to (Lucene's default is 1,024): each word becomes, per language, one
   * clause per match level, and a name adds its phonetic and OCR spellings, so 30 names could pass
   * 1,024 on the shared corpora. {@link #MAX_WORDS} words fit with room to spare.
   */
  static final int MAX_CLAUSES = 16_384;

  static {
    // Lucene's limit is global; it is raised here because every query passes check() before it is
    // built
    IndexSearcher.setMaxClauseCount(Math.max(MAX_CLAUSES, IndexSearcher.getMaxClauseCount()));
  }

  private QueryLimits() {}

  /** Refuses a query in Dossier's query language that passes a limit. */
  static void check(String query) throws QuerySyntaxException {
    checkLength(query);
    List<Token> tokens = tokens(query);
    int words = 0;
    int patterns = 0;
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int column = t.beginColumn + 1;
      switch (t.kind) {
        case QueryParserConstants.LPAREN -> {
          if (++depth > MAX_DEPTH) {
            throw new QuerySyntaxException(
                query, column, "parentheses nested more than " + MAX_DEPTH + " deep (the limit)");
          }
        }
        case QueryParserConstants.RPAREN -> depth--;
        case QueryParserConstants.TERM -> {
          boolean fieldName =
              i + 1 < tokens.size() && tokens.get(i + 1).kind == QueryParserConstants.COLON;
          if (!fieldName) {
            words = countWord(query, t.image, column, words);
            boolean fuzzy =
                i + 1 < tokens.size() && tokens.get(i + 1).kind == QueryParserConstants.FUZZY_SLOP;
            patterns = fuzzy ? countPattern(query, column, patterns) : patterns;
          }
        }
        case QueryParserConstants.PREFIXTERM,
            QueryParserConstants.WILDTERM,
            QueryParserConstants.REGEXPTERM -> {
          words = countWord(query, t.image, column, words);
          patterns = countPattern(query, column, patterns);
        }
        case QueryParserConstants.QUOTED -> {
          int offset = 0;
          for (String word : t.image.substring(1, t.image.length() - 1).split("\\s+", -1)) {
            if (!word.isEmpty()) {
              words = countWord(query, word, column + 1 + offset, words);
            }
            offset += word.length() + 1;
          }
        }
        default -> {
          // operators, fields, boosts, slops and range bounds cost nothing of their own
        }
      }
    }
  }

  /**
   * Refuses a term or phrase outside the query language (a concordance term) that passes a limit.
   */
  static void checkPhrase(String phrase) throws QuerySyntaxException {
    checkLength(phrase);
    int words = 0;
    int column = 1;
    for (String word : phrase.split(" ", -1)) {
      if (!word.isBlank()) {
        words = countWord(phrase, word.strip(), column, words);
      }
      column += word.length() + 1;
    }
  }

  /** The error for a query that, parsed, expands to more clauses than {@link #MAX_CLAUSES}. */
  static QuerySyntaxException tooManyClauses(String query) {
    return new QuerySyntaxException(
        query,
        0,
        "the query expands to more than "
            + thousands(MAX_CLAUSES)
            + " clauses (the limit; names and patterns match"
            + " many spellings): use fewer words, fewer patterns, or --exact");
  }

  private static void checkLength(String query) throws QuerySyntaxException {
    if (query.length() > MAX_CHARS) {
      throw new QuerySyntaxException(
          query,
          MAX_CHARS + 1,
          "the query has "
              + thousands(query.length())
              + " characters (the limit is "
              + thousands(MAX_CHARS)
              + ")");
    }
  }

  private static int countWord(String query, String word, int column, int words)
      throws QuerySyntaxException {
    if (word.length() > MAX_WORD_CHARS) {
      throw new QuerySyntaxException(
          query,
          column,
          "a word of "
              + thousands(word.length())
              + " characters (the limit is "
              + MAX_WORD_CHARS
              + ")");
    }
    if (words + 1 > MAX_WORDS) {
      throw new QuerySyntaxException(
          query, column, "more than " + MAX_WORDS + " words (the limit)");
    }
    return words + 1;
  }

  private static int countPattern(String query, int column, int patterns)
      throws QuerySyntaxException {
    if (patterns + 1 > MAX_PATTERNS) {
      throw new QuerySyntaxException(
          query,
          column,
          "more than "
              + MAX_PATTERNS
              + " prefix, wildcard, fuzzy or regular-expression terms (the limit)");
    }
    return patterns + 1;
  }

  /**
   * The parser's tokens of {@code query}, up to the first it cannot read (the parser then reports
   * that).
   */
  private static List<Token> tokens(String query) {
    List<Token> tokens = new ArrayList<>();
    QueryParserTokenManager manager =
        new QueryParserTokenManager(new FastCharStream(new StringReader(query)));
    try {
      for (Token t = manager.getNextToken();
          t.kind != QueryParserConstants.EOF;
          t = manager.getNextToken()) {
        tokens.add(t);
      }
    } catch (TokenMgrError e) {
      // a character the syntax does not allow: the parser reports it with its column
    }
    return tokens;
  }

  private static String thousands(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}

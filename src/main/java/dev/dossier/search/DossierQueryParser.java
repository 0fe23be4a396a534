package dev.dossier.search;

import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import dev.dossier.model.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Parses Dossier queries: Lucene's classic query syntax with all words required by default and
 * fields routed to the index's per-language fields.
 *
 * <pre>
 * query    := clause*                    all clauses must match; "OR" between two makes either enough
 * clause   := [+|-|NOT] [field ':'] term | '(' query ')'
 * term     := word | word* | word~[N] | "phrase" | "phrase"~N | [a TO b] | {a TO b}
 * field    := title | summary | id | date | subject | place | person | archive | collection | type
 *           | classification | a language code of index-config (ru, en, es, de, fr, und)
 * </pre>
 *
 * <p>A word without a field searches every language and the title and summary; {@link UnitQueries}
 * builds its per-language, per-level query. Prefix, wildcard and fuzzy terms go to the unstemmed
 * companions, because stems are not words a user types. {@code date:} takes a partial date ("1964",
 * "1964-01", "1964-01-29") or a range of them, and matches the documents whose date range overlaps
 * it.
 */
final class DossierQueryParser extends QueryParser {

  /** The default field: not a real field, it stands for "every language, title and summary". */
  static final String ALL = "_all";

  private static final String DATE = "date";

  private final IndexSchema schema;
  private final UnitQueries units;

  DossierQueryParser(IndexSchema schema, UnitQueries units) {
    super(ALL, schema.analyzer());
    this.schema = schema;
    this.units = units;
    setDefaultOperator(Operator.AND);
    // Runs of plain words reach getFieldQuery together, so that a multi-word name ("Mao Zedong")
    // can be
    // recognised; UnitQueries requires each word itself.
    setSplitOnWhitespace(false);
    setAllowLeadingWildcard(false);
  }

  /** A query analysed for one real field. */
  @FunctionalInterface
  private interface FieldQuery {
    Query build(String field) throws ParseException;
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    if (field.equals(DATE)) {
      return dateQuery(text, text, true, true);
    }
    if (field.equals(Fields.ID)) {
      return new TermQuery(new Term(Fields.ID, text));
    }
    if (isDirectField(field)) {
      return super.getFieldQuery(field, text, quoted);
    }
    return quoted
        ? units.phrase(languages(field), field.equals(ALL), text, 0)
        : units.words(languages(field), field.equals(ALL), text);
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    if (slop < 0) {
      throw fieldError("a phrase's ~N must be 0 or more, not " + slop);
    }
    if (isDirectField(field)) {
      return super.getFieldQuery(field, text, slop);
    }
    return units.phrase(languages(field), field.equals(ALL), text, slop);
  }

  @Override
  protected Query getPrefixQuery(String field, String term) throws ParseException {
    return multiTerm(field, f -> super.getPrefixQuery(f, term));
  }

  @Override
  protected Query getWildcardQuery(String field, String term) throws ParseException {
    if (field.equals("*")) {
      return super.getWildcardQuery(field, term); // *:* matches every document
    }
    return multiTerm(field, f -> super.getWildcardQuery(f, term));
  }

  @Override
  protected Query getFuzzyQuery(String field, String term, float minSimilarity)
      throws ParseException {
    return multiTerm(field, f -> super.getFuzzyQuery(f, term, minSimilarity));
  }

  @Override
  protected Query getRegexpQuery(String field, String term) throws ParseException {
    return multiTerm(field, f -> regexp(f, term));
  }

  /**
   * A regular expression, or an error saying what is wrong with it (Lucene throws unchecked
   * exceptions).
   */
  private Query regexp(String field, String term) throws ParseException {
    try {
      return super.getRegexpQuery(field, term);
    } catch (TooComplexToDeterminizeException e) {
      throw fieldError(
          "the regular expression /"
              + term
              + "/ is too complex to run (write fewer or smaller repeats)");
    } catch (IllegalArgumentException e) {
      throw fieldError("bad regular expression /" + term + "/: " + e.getMessage());
    }
  }

  @Override
  protected Query getRangeQuery(
      String field, String from, String to, boolean fromInclusive, boolean toInclusive)
      throws ParseException {
    if (!field.equals(DATE)) {
      throw fieldError("ranges work on date: only, not on '" + displayName(field) + "'");
    }
    return dateQuery(from, to, fromInclusive, toInclusive);
  }

  /** An error about the token the parser has just read, at its column. */
  private FieldError fieldError(String message) {
    return new FieldError(message, token == null ? 0 : token.beginColumn + 1);
  }

  /**
   * The languages a field name searches: all of them for the default field, one for a language
   * code.
   */
  private List<String> languages(String field) throws FieldError {
    Optional<String> language = language(field);
    if (language.isPresent()) {
      return List.of(language.get());
    }
    requireAll(field);
    return units.indexedLanguages();
  }

  /**
   * Prefix, wildcard, fuzzy and regexp terms: the unstemmed companions, and the metadata fields.
   */
  private Query multiTerm(String field, FieldQuery build) throws ParseException {
    if (isDirectField(field)) {
      return build.build(field);
    }
    List<Query> queries = new ArrayList<>();
    for (String code : languages(field)) {
      queries.add(build.build(Fields.exact(code)));
    }
    if (field.equals(ALL)) {
      for (String metadata : Fields.SEARCHABLE_METADATA) {
        queries.add(build.build(metadata));
      }
    }
    return LevelScore.of(new DisjunctionMaxQuery(queries, 0f), MatchLevel.PATTERN);
  }

  private Query dateQuery(String from, String to, boolean fromInclusive, boolean toInclusive)
      throws ParseException {
    int lower = Integer.MIN_VALUE;
    int upper = Integer.MAX_VALUE;
    if (!isOpen(from)) {
      PartialDate date = date(from);
      lower = (int) (fromInclusive ? date.firstDay() : date.lastDay().plusDays(1)).toEpochDay();
    }
    if (!isOpen(to)) {
      PartialDate date = date(to);
      upper = (int) (toInclusive ? date.lastDay() : date.firstDay().minusDays(1)).toEpochDay();
    }
    if (lower > upper) {
      return new MatchNoDocsQuery("empty date range");
    }
    return IntRange.newIntersectsQuery(Fields.DATE_RANGE, new int[] {lower}, new int[] {upper});
  }

  private static boolean isOpen(String bound) {
    return bound == null || bound.equals("*");
  }

  private PartialDate date(String text) throws FieldError {
    return PartialDate.parse(text)
        .filter(d -> d.firstDay().isAfter(LocalDate.of(-1, 1, 1)))
        .orElseThrow(
            () ->
                fieldError(
                    "bad date '"
                        + text
                        + "' (expected YYYY, YYYY-MM, YYYY-MM-DD or 'January 29, 1964')"));
  }

  private Optional<String> language(String field) {
    String code = field.toLowerCase(Locale.ROOT);
    return schema.languages().contains(code) ? Optional.of(code) : Optional.empty();
  }

  /** A field queried as it is, with its own analyzer: a real text field or a metadata field. */
  private boolean isDirectField(String field) {
    return isRealField(field)
        || Fields.SEARCHABLE_METADATA.contains(field)
        || Fields.DESCRIPTIVE_METADATA.contains(field);
  }

  private boolean isRealField(String field) {
    return schema.languages().stream()
        .anyMatch(
            l ->
                field.equals(Fields.text(l))
                    || field.equals(Fields.exact(l))
                    || field.equals(Fields.names(l)));
  }

  private void requireAll(String field) throws FieldError {
    if (!field.equals(ALL)) {
      throw new FieldError( // no column: the parser has read the value by now, not the field name
          "unknown field '"
              + field
              + "' (fields: title, summary, id, date, "
              + String.join(", ", Fields.DESCRIPTIVE_METADATA)
              + ", "
              + String.join(", ", schema.languages())
              + ")",
          0);
    }
  }

  private static String displayName(String field) {
    return field.equals(ALL) ? "words" : field;
  }

  /**
   * A query error about a field or value rather than syntax; its message is already meant for the
   * user.
   */
  static final class FieldError extends ParseException {
    private final int column;

    FieldError(String message, int column) {
      super(message);
      this.column = column;
    }

    /** The 1-based column of the token the error is about, 0 when unknown. */
    int column() {
      return column;
    }
  }
}

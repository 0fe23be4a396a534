package dev.dossier.search;

import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import dev.dossier.ingest.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Parses Dossier queries: Lucene's classic query syntax with all words required by default and fields routed to
 * the index's per-language fields.
 *
 * <pre>
 * query    := clause*                    all clauses must match; "OR" between two makes either enough
 * clause   := [+|-|NOT] [field ':'] term | '(' query ')'
 * term     := word | word* | word~[N] | "phrase" | "phrase"~N | [a TO b] | {a TO b}
 * field    := title | summary | id | date | a language code of index-config (en, ru, und)
 * </pre>
 *
 * <p>A word without a field searches every language and the title and summary. Each language is searched with
 * its own analyzer, in its stemmed field plus its unstemmed companion, so an exact form scores above a merely
 * stemmed one. The languages are combined with a dis_max (tie-breaker 0): a document scores by its best
 * language for each word, never twice for the same word in two languages, and a document with no translation is
 * not penalised against one with it. Prefix, wildcard and fuzzy terms go to the unstemmed companions, because
 * stems are not words a user types. {@code date:} takes a partial date ("1964", "1964-01", "1964-01-29") or a
 * range of them, and matches the documents whose date range overlaps it.
 */
final class DossierQueryParser extends QueryParser {

  /** The default field: not a real field, it stands for "every language, title and summary". */
  static final String ALL = "_all";
  private static final String DATE = "date";

  private final IndexSchema schema;

  DossierQueryParser(IndexSchema schema) {
    super(ALL, schema.analyzer());
    this.schema = schema;
    setDefaultOperator(Operator.AND);
    // "Э.Гевара" or "U.S." analyse to several tokens: keep them together as a phrase.
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
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
    return fullText(field, f -> super.getFieldQuery(f, text, quoted));
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    return fullText(field, f -> super.getFieldQuery(f, text, slop));
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
  protected Query getFuzzyQuery(String field, String term, float minSimilarity) throws ParseException {
    return multiTerm(field, f -> super.getFuzzyQuery(f, term, minSimilarity));
  }

  @Override
  protected Query getRegexpQuery(String field, String term) throws ParseException {
    return multiTerm(field, f -> super.getRegexpQuery(f, term));
  }

  @Override
  protected Query getRangeQuery(String field, String from, String to, boolean fromInclusive, boolean toInclusive)
      throws ParseException {
    if (!field.equals(DATE)) {
      throw new FieldError("ranges work on date: only, not on '" + displayName(field) + "'");
    }
    return dateQuery(from, to, fromInclusive, toInclusive);
  }

  /** Analysed words and phrases: stemmed plus exact per language, dis_max across languages, plus metadata. */
  private Query fullText(String field, FieldQuery build) throws ParseException {
    if (isRealField(field)) {
      return build.build(field);
    }
    Optional<String> language = language(field);
    if (language.isPresent()) {
      return languageQuery(language.get(), build);
    }
    if (Fields.SEARCHABLE_METADATA.contains(field)) {
      return build.build(field);
    }
    requireAll(field);
    List<Query> languages = new ArrayList<>();
    for (String code : schema.languages()) {
      Query q = languageQuery(code, build);
      if (q == null) {
        return null; // a stop word in one language is a stop word: requiring it elsewhere would only lose hits
      }
      languages.add(q);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(new DisjunctionMaxQuery(languages, 0f), BooleanClause.Occur.SHOULD);
    for (String metadata : Fields.SEARCHABLE_METADATA) {
      Query q = build.build(metadata);
      if (q != null) {
        all.add(q, BooleanClause.Occur.SHOULD);
      }
    }
    return all.build();
  }

  /** One language: the stemmed field, plus the exact companion so exact forms rank above stemmed ones. */
  private static Query languageQuery(String language, FieldQuery build) throws ParseException {
    Query stemmed = build.build(Fields.text(language));
    if (stemmed == null) {
      return null;
    }
    Query exact = build.build(Fields.exact(language));
    if (exact == null) {
      return stemmed;
    }
    return new BooleanQuery.Builder()
        .add(stemmed, BooleanClause.Occur.SHOULD)
        .add(exact, BooleanClause.Occur.SHOULD)
        .build();
  }

  /** Prefix, wildcard, fuzzy and regexp terms: the unstemmed companions, and the metadata fields. */
  private Query multiTerm(String field, FieldQuery build) throws ParseException {
    if (isRealField(field) || Fields.SEARCHABLE_METADATA.contains(field)) {
      return build.build(field);
    }
    Optional<String> language = language(field);
    if (language.isPresent()) {
      return build.build(Fields.exact(language.get()));
    }
    requireAll(field);
    List<Query> queries = new ArrayList<>();
    for (String code : schema.languages()) {
      queries.add(build.build(Fields.exact(code)));
    }
    for (String metadata : Fields.SEARCHABLE_METADATA) {
      queries.add(build.build(metadata));
    }
    return new DisjunctionMaxQuery(queries, 0f);
  }

  private Query dateQuery(String from, String to, boolean fromInclusive, boolean toInclusive) throws ParseException {
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

  private static PartialDate date(String text) throws FieldError {
    return PartialDate.parse(text)
        .filter(d -> d.firstDay().isAfter(LocalDate.of(-1, 1, 1)))
        .orElseThrow(
            () -> new FieldError("bad date '" + text + "' (expected YYYY, YYYY-MM, YYYY-MM-DD or 'January 29, 1964')"));
  }

  private Optional<String> language(String field) {
    String code = field.toLowerCase(Locale.ROOT);
    return schema.languages().contains(code) ? Optional.of(code) : Optional.empty();
  }

  private boolean isRealField(String field) {
    return schema.languages().stream().anyMatch(l -> field.equals(Fields.text(l)) || field.equals(Fields.exact(l)));
  }

  private void requireAll(String field) throws FieldError {
    if (!field.equals(ALL)) {
      throw new FieldError(
          "unknown field '" + field + "' (fields: title, summary, id, date, " + String.join(", ", schema.languages()) + ")");
    }
  }

  private static String displayName(String field) {
    return field.equals(ALL) ? "words" : field;
  }

  /** A query error about a field or value rather than syntax; its message is already meant for the user. */
  static final class FieldError extends ParseException {
    FieldError(String message) {
      super(message);
    }
  }
}

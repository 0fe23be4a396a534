package dev.dossier.cli;

import dev.dossier.search.Concordance;
import dev.dossier.search.SearchRequest;
import java.math.BigInteger;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The bounds of the numeric options, checked by picocli as it converts each value, so that a value
 * out of range is a usage error naming the range (exit 2) before any work starts. The bounds
 * themselves belong to the requests they size ({@link SearchRequest}, {@link Concordance}); README
 * lists them.
 */
final class OptionBounds {

  private OptionBounds() {}

  /** A whole number from {@code min} to {@code max}. */
  abstract static class Range implements ITypeConverter<Integer> {
    private final int min;
    private final int max;

    Range(int min, int max) {
      this.min = min;
      this.max = max;
    }

    @Override
    public Integer convert(String value) {
      String text = value.strip();
      if (!text.matches("[+-]?\\d+")) {
        throw new TypeConversionException("'" + value + "' is not a whole number");
      }
      BigInteger n = new BigInteger(text);
      if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
        throw new TypeConversionException("'" + value + "' is out of range (" + range() + ")");
      }
      return n.intValue();
    }

    private String range() {
      return max == Integer.MAX_VALUE
          ? String.format(Locale.ROOT, "%,d or more", min)
          : String.format(Locale.ROOT, "%,d to %,d", min, max);
    }
  }

  /** {@code search --limit}: hits per page; 0 counts the matches (and facets) only. */
  static final class Limit extends Range {
    Limit() {
      super(0, SearchRequest.MAX_WINDOW);
    }
  }

  /**
   * {@code search --offset}: hits skipped; with the limit, within {@link SearchRequest#MAX_WINDOW}.
   */
  static final class Offset extends Range {
    Offset() {
      super(0, SearchRequest.MAX_WINDOW);
    }
  }

  /** {@code search --fragments}: snippets per language for each hit. */
  static final class Fragments extends Range {
    Fragments() {
      super(0, SearchRequest.MAX_FRAGMENTS);
    }
  }

  /** {@code concordance --limit}: candidate translations. */
  static final class Candidates extends Range {
    Candidates() {
      super(0, Concordance.MAX_CANDIDATES);
    }
  }

  /** {@code concordance --pairs}: pairs shown, a number or {@code all}. */
  static final class ConcordancePairs extends Range {
    ConcordancePairs() {
      super(0, Concordance.ALL_PAIRS - 1);
    }

    @Override
    public Integer convert(String value) {
      return value.strip().equalsIgnoreCase("all") ? Concordance.ALL_PAIRS : super.convert(value);
    }
  }

  /** {@code names --limit}: name pairs listed. */
  static final class NamePairs extends Range {
    NamePairs() {
      super(0, 100_000);
    }
  }

  /**
   * {@code index --threads}: 0 for every core; more threads than files or cores only cost memory.
   */
  static final class Threads extends Range {
    Threads() {
      super(0, 256);
    }
  }

  /** {@code index --commit-every}: documents between commits. */
  static final class CommitEvery extends Range {
    CommitEvery() {
      super(1, Integer.MAX_VALUE);
    }
  }
}

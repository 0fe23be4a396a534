package dev.dossier.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * How English words sound, from the CMU Pronouncing Dictionary (Carnegie Mellon University, 134,000
 * words; the npm package cmu-pronouncing-dictionary 3.0.0), kept as {@link Respelling}s: by word
 * (Whitelaw: waitlo) and by respelling (iden: eden, iden). Both are sorted files in the jar, one
 * per first letter, so that a query reads only the letters it needs (a whole file costs a fresh
 * search about 40 ms to inflate), each read once and searched by bisection; the respellings of some
 * first letters are also a {@link Terms}, so a Russian name's Latin spellings, compiled into an
 * automaton, can be intersected with them as with an index field.
 */
public final class Pronunciations {

  /** The folder of the files in the jar, beside this class. */
  static final String FOLDER = "pronunciations/";

  /** The file of the words of one first letter: {@code by-word-a.tsv}. */
  static String byWord(char first) {
    return FOLDER + "by-word-" + first + ".tsv";
  }

  /** The file of the respellings of one first letter: {@code by-respelling-a.tsv}. */
  static String byRespelling(char first) {
    return FOLDER + "by-respelling-" + first + ".tsv";
  }

  private static final Pronunciations SHIPPED = new Pronunciations();

  private final Map<String, SortedLines> files = new ConcurrentHashMap<>();

  private Pronunciations() {}

  /** The dictionary shipped in the jar; its files are read as they are first needed. */
  public static Pronunciations shipped() {
    return SHIPPED;
  }

  /** The respellings of an English {@code word}'s pronunciations; empty when it has none. */
  public List<String> respellings(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return isLetter(lower) ? lines(byWord(lower.charAt(0))).values(lower) : List.of();
  }

  /** The words (lowercase) pronounced as {@code respelling}; empty when none is. */
  public List<String> words(String respelling) {
    return isLetter(respelling)
        ? lines(byRespelling(respelling.charAt(0))).values(respelling)
        : List.of();
  }

  /**
   * The respellings that begin with one of {@code firstLetters}, each after {@code prefix}, as the
   * sorted terms of a field, for {@code CompiledAutomaton#getTermsEnum}: with the prefix of a name
   * field's terms, the automaton compiled for that field serves for them too.
   */
  public Terms respellingTerms(String prefix, java.util.Set<Character> firstLetters) {
    List<SortedLines> buckets = new java.util.ArrayList<>();
    for (char c : new java.util.TreeSet<>(firstLetters)) {
      if (c >= 'a' && c <= 'z') {
        buckets.add(lines(byRespelling(c)));
      }
    }
    return new LineTerms(new BytesRef(prefix), buckets);
  }

  private static boolean isLetter(String word) {
    return !word.isEmpty() && word.charAt(0) >= 'a' && word.charAt(0) <= 'z';
  }

  private SortedLines lines(String file) {
    return files.computeIfAbsent(file, SortedLines::read);
  }

  /**
   * Lines "key TAB value value ..." sorted by key, as bytes, searched by bisection over byte
   * offsets: nothing is built when a file is read, so a fresh search pays only for reading it.
   */
  static final class SortedLines {
    private final byte[] bytes;

    SortedLines(byte[] bytes) {
      this.bytes = bytes;
    }

    static SortedLines read(String resource) {
      try (InputStream in = Pronunciations.class.getResourceAsStream(resource)) {
        // a letter no word begins with (q, x in the respellings) has no file
        return new SortedLines(in == null ? new byte[0] : in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The offset just past the end of the text. */
    int end() {
      return bytes.length;
    }

    /** The start of the line that holds offset {@code pos}. */
    private int lineStart(int pos) {
      while (pos > 0 && bytes[pos - 1] != '\n') {
        pos--;
      }
      return pos;
    }

    /** The start of the line after the one starting at {@code start}. */
    int nextLine(int start) {
      int pos = start;
      while (bytes[pos] != '\n') {
        pos++;
      }
      return pos + 1;
    }

    /** The key of the line starting at {@code start}. */
    BytesRef key(int start) {
      int end = start;
      while (bytes[end] != '\t') {
        end++;
      }
      return new BytesRef(bytes, start, end - start);
    }

    /** The start of the first line whose key is at least {@code key}; {@link #end()} if none. */
    int ceil(BytesRef key) {
      int lo = 0;
      int hi = bytes.length;
      while (lo < hi) {
        int mid = lineStart((lo + hi) >>> 1);
        if (key(mid).compareTo(key) < 0) {
          lo = nextLine(mid);
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** The start of the last line; only for a text that has one. */
    int last() {
      return lineStart(bytes.length - 1);
    }

    List<String> values(String key) {
      BytesRef wanted = new BytesRef(key);
      int line = ceil(wanted);
      if (line == bytes.length || !key(line).bytesEquals(wanted)) {
        return List.of();
      }
      int from = line + wanted.length + 1;
      int to = nextLine(line) - 1;
      return Arrays.asList(new String(bytes, from, to - from, StandardCharsets.UTF_8).split(" "));
    }
  }

  /**
   * The keys of sorted files, one after another, each after a prefix, as a field's terms; only
   * enumeration and seeking are supported.
   */
  private static final class LineTerms extends Terms {
    private final BytesRef prefix;
    private final List<SortedLines> files;

    LineTerms(BytesRef prefix, List<SortedLines> files) {
      this.prefix = prefix;
      this.files = files.stream().filter(f -> f.end() > 0).toList();
    }

    @Override
    public TermsEnum iterator() {
      return new BaseTermsEnum() {
        private int file = -1;
        private int line;
        private final org.apache.lucene.util.BytesRefBuilder term =
            new org.apache.lucene.util.BytesRefBuilder();

        private BytesRef at(int f, int start) {
          file = f;
          line = start;
          term.copyBytes(prefix);
          term.append(files.get(f).key(start));
          return term.get();
        }

        private SeekStatus end() {
          file = files.size();
          return SeekStatus.END;
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) {
          if (!org.apache.lucene.util.StringHelper.startsWith(text, prefix)) {
            if (text.compareTo(prefix) > 0 || files.isEmpty()) {
              return end();
            }
            at(0, 0);
            return SeekStatus.NOT_FOUND;
          }
          BytesRef rest =
              new BytesRef(text.bytes, text.offset + prefix.length, text.length - prefix.length);
          for (int f = 0; f < files.size(); f++) {
            SortedLines lines = files.get(f);
            if (lines.key(lines.last()).compareTo(rest) >= 0) {
              int start = lines.ceil(rest);
              return at(f, start).bytesEquals(text) ? SeekStatus.FOUND : SeekStatus.NOT_FOUND;
            }
          }
          return end();
        }

        @Override
        public BytesRef next() {
          if (file >= files.size()) {
            return null;
          }
          if (file < 0) {
            return files.isEmpty() ? null : at(0, 0);
          }
          int next = files.get(file).nextLine(line);
          if (next < files.get(file).end()) {
            return at(file, next);
          }
          if (file + 1 < files.size()) {
            return at(file + 1, 0);
          }
          end();
          return null;
        }

        @Override
        public void seekExact(long ord) {
          throw new UnsupportedOperationException();
        }

        @Override
        public BytesRef term() {
          return term.get();
        }

        @Override
        public long ord() {
          throw new UnsupportedOperationException();
        }

        @Override
        public int docFreq() {
          return 1;
        }

        @Override
        public long totalTermFreq() {
          return 1;
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) {
          throw new UnsupportedOperationException();
        }

        @Override
        public ImpactsEnum impacts(int flags) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public long size() {
      return -1;
    }

    @Override
    public long getSumTotalTermFreq() {
      return -1;
    }

    @Override
    public long getSumDocFreq() {
      return -1;
    }

    @Override
    public int getDocCount() {
      return -1;
    }

    @Override
    public boolean hasFreqs() {
      return false;
    }

    @Override
    public boolean hasOffsets() {
      return false;
    }

    @Override
    public boolean hasPositions() {
      return false;
    }

    @Override
    public boolean hasPayloads() {
      return false;
    }
  }
}

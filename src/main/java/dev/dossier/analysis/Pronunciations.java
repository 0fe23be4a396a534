package dev.dossier.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * How English words sound, from the CMU Pronouncing Dictionary (Carnegie Mellon University, 134,000
 * words; the npm package cmu-pronouncing-dictionary 3.0.0), kept as {@link Respelling}s: by word
 * (Whitelaw: waitlo) and by respelling (iden: eden, iden). Both are sorted files in the jar, read
 * once into memory (about 4 MB) and searched by bisection; the second is also a {@link Terms}, so a
 * Russian name's Latin spellings, compiled into an automaton, can be intersected with it as with an
 * index field.
 */
public final class Pronunciations {

  static final String BY_WORD = "respellings-by-word.tsv";
  static final String BY_RESPELLING = "words-by-respelling.tsv";

  private static volatile Pronunciations shipped;

  private final SortedLines byWord;
  private final SortedLines byRespelling;

  Pronunciations(SortedLines byWord, SortedLines byRespelling) {
    this.byWord = byWord;
    this.byRespelling = byRespelling;
  }

  /** The dictionary shipped in the jar, read on first use. */
  public static Pronunciations shipped() {
    Pronunciations p = shipped;
    if (p == null) {
      synchronized (Pronunciations.class) {
        if (shipped == null) {
          shipped = new Pronunciations(SortedLines.read(BY_WORD), SortedLines.read(BY_RESPELLING));
        }
        p = shipped;
      }
    }
    return p;
  }

  /** The respellings of an English {@code word}'s pronunciations; empty when it has none. */
  public List<String> respellings(String word) {
    return byWord.values(word.toLowerCase(Locale.ROOT));
  }

  /** The words (lowercase) pronounced as {@code respelling}; empty when none is. */
  public List<String> words(String respelling) {
    return byRespelling.values(respelling);
  }

  /**
   * The respellings, as the sorted terms of a field, for {@code CompiledAutomaton#getTermsEnum}.
   */
  public Terms respellingTerms() {
    return byRespelling.asTerms();
  }

  /** Lines "key TAB value value ..." sorted by key, as bytes. */
  static final class SortedLines {
    private final byte[] bytes;
    private final int[] starts;

    SortedLines(byte[] bytes) {
      this.bytes = bytes;
      int count = 0;
      for (byte b : bytes) {
        count += b == '\n' ? 1 : 0;
      }
      int[] s = new int[count];
      int line = 0;
      for (int i = 0, start = 0; i < bytes.length && line < count; i++) {
        if (bytes[i] == '\n') {
          s[line++] = start;
          start = i + 1;
        }
      }
      this.starts = s;
    }

    static SortedLines read(String resource) {
      try (InputStream in = Pronunciations.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing from the jar: " + resource);
        }
        return new SortedLines(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    int size() {
      return starts.length;
    }

    BytesRef key(int line) {
      int start = starts[line];
      int end = start;
      while (bytes[end] != '\t') {
        end++;
      }
      return new BytesRef(bytes, start, end - start);
    }

    /** The first line whose key is at least {@code key}; {@link #size()} if none. */
    int ceil(BytesRef key) {
      int lo = 0;
      int hi = starts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (key(mid).compareTo(key) < 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    List<String> values(String key) {
      BytesRef wanted = new BytesRef(key);
      int line = ceil(wanted);
      if (line == starts.length || !key(line).bytesEquals(wanted)) {
        return List.of();
      }
      int from = starts[line] + key(line).length + 1;
      int to = from;
      while (bytes[to] != '\n') {
        to++;
      }
      return Arrays.asList(new String(bytes, from, to - from, StandardCharsets.UTF_8).split(" "));
    }

    Terms asTerms() {
      return new LineTerms(this);
    }
  }

  /** The keys of sorted lines as a field's terms; only enumeration and seeking are supported. */
  private static final class LineTerms extends Terms {
    private final SortedLines lines;

    LineTerms(SortedLines lines) {
      this.lines = lines;
    }

    @Override
    public TermsEnum iterator() {
      return new BaseTermsEnum() {
        private int line = -1;

        @Override
        public SeekStatus seekCeil(BytesRef text) {
          line = lines.ceil(text);
          if (line == lines.size()) {
            return SeekStatus.END;
          }
          return lines.key(line).bytesEquals(text) ? SeekStatus.FOUND : SeekStatus.NOT_FOUND;
        }

        @Override
        public void seekExact(long ord) {
          throw new UnsupportedOperationException();
        }

        @Override
        public BytesRef term() {
          return lines.key(line);
        }

        @Override
        public long ord() {
          return line;
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

        @Override
        public BytesRef next() {
          line++;
          return line < lines.size() ? lines.key(line) : null;
        }
      };
    }

    @Override
    public long size() {
      return lines.size();
    }

    @Override
    public long getSumTotalTermFreq() {
      return lines.size();
    }

    @Override
    public long getSumDocFreq() {
      return lines.size();
    }

    @Override
    public int getDocCount() {
      return 1;
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

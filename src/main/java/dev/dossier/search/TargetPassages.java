package dev.dossier.search;

import dev.dossier.align.PassagePair;
import dev.dossier.index.DocumentMapper;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.StoredChecksum;
import dev.dossier.model.ArchiveDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.StringHelper;

/**
 * Every aligned passage of an index in a target language whose counterpart is in a source language:
 * the passages a concordance measures a term's counterparts against. Read once (every stored
 * document, verified) and kept compactly: each passage's counted words ({@link PassageStems}) as
 * ids into a dictionary of stems, one int a word with a bit for "makes a bigram with the word
 * before", and a 64-bit hash of its text with white space folded (two different texts share one
 * with a chance of about one in 10^19 per pair).
 */
final class TargetPassages {

  /** The bit of a word's int that says it makes a bigram with the word before it. */
  private static final int JOINED = 1 << 31;

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Map<String, Integer> ids = new HashMap<>();
  private int[] words = new int[1024];
  private int wordCount;

  /** Passage p's words are {@code words[starts[p]]} up to {@code words[starts[p + 1]]}. */
  private int[] starts = new int[] {0};

  private long[] hashes = new long[0];
  private int passages;

  /**
   * The passages in {@code target} (a language code as documents give it) of the documents whose
   * other text is in {@code source} (a declared language: the index's slot).
   */
  static TargetPassages read(
      IndexReader reader, IndexSchema schema, DocumentMapper mapper, String source, String target)
      throws IOException {
    TargetPassages all = new TargetPassages();
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          all.addDocument(StoredChecksum.read(stored, doc), schema, mapper, source, target);
        }
      }
    }
    return all;
  }

  private void addDocument(
      Document d, IndexSchema schema, DocumentMapper mapper, String source, String target) {
    ArchiveDocument doc = mapper.fromLucene(d);
    boolean inTranslation =
        target.equals(doc.translationLanguage())
            && source.equals(schema.indexLanguage(doc.originalLanguage()));
    boolean inOriginal =
        target.equals(doc.originalLanguage())
            && source.equals(schema.indexLanguage(doc.translationLanguage()));
    if (!inTranslation && !inOriginal) {
      return;
    }
    for (PassagePair pair : DocumentMapper.alignment(d).pairs()) {
      String text =
          inTranslation
              ? doc.translation().substring(pair.translationStart(), pair.translationEnd())
              : doc.original().substring(pair.originalStart(), pair.originalEnd());
      String folded = fold(text);
      if (!folded.isEmpty()) {
        addPassage(hashFolded(folded), PassageStems.of(schema, target, text));
      }
    }
  }

  private void addPassage(long hash, PassageStems stems) {
    if (wordCount + stems.size() > words.length) {
      words = Arrays.copyOf(words, Math.max(words.length * 2, wordCount + stems.size()));
    }
    for (int i = 0; i < stems.size(); i++) {
      int id = ids.computeIfAbsent(stems.stem(i), s -> ids.size());
      words[wordCount++] = stems.joined(i) ? id | JOINED : id;
    }
    if (passages == hashes.length) {
      hashes = Arrays.copyOf(hashes, Math.max(16, passages * 2));
      starts = Arrays.copyOf(starts, hashes.length + 1);
    }
    hashes[passages++] = hash;
    starts[passages] = wordCount;
  }

  /** How many passages there are. */
  int size() {
    return passages;
  }

  /**
   * Counts {@code keys} (stems, and bigrams as two stems and a space) in the passages whose text's
   * {@link #hash} is not one of {@code excluded}. A bigram's words are keys too (every word of a
   * counted bigram is a counted word), so a word that is no key is not looked up as the end of a
   * bigram.
   */
  PassageTally count(Collection<String> keys, Set<Long> excluded) {
    String[] slotKeys = keys.toArray(String[]::new);
    int[] wordSlot = new int[ids.size()];
    Arrays.fill(wordSlot, -1);
    Bigrams bigrams = new Bigrams(ids.size());
    for (int s = 0; s < slotKeys.length; s++) {
      int space = slotKeys[s].indexOf(' ');
      Integer first = ids.get(space < 0 ? slotKeys[s] : slotKeys[s].substring(0, space));
      Integer second = space < 0 ? first : ids.get(slotKeys[s].substring(space + 1));
      if (first != null && second != null) {
        if (space < 0) {
          wordSlot[first] = s;
        } else {
          bigrams.add(first, second, s);
        }
      }
    }
    bigrams.sort();
    return count(slotKeys, wordSlot, bigrams, excluded);
  }

  private PassageTally count(
      String[] slotKeys, int[] wordSlot, Bigrams bigrams, Set<Long> skipped) {
    Counter counter = new Counter(slotKeys.length);
    int counted = 0;
    long grams = 0;
    for (int p = 0; p < passages; p++) {
      if (!skipped.isEmpty() && skipped.contains(hashes[p])) {
        continue;
      }
      counted++;
      int previous = -1;
      for (int w = starts[p]; w < starts[p + 1]; w++) {
        int id = words[w] & ~JOINED;
        boolean joined = (words[w] & JOINED) != 0;
        grams += joined ? 2 : 1;
        int slot = wordSlot[id];
        if (slot >= 0) {
          counter.hit(slot, p);
          if (joined && previous >= 0 && wordSlot[previous] >= 0) {
            int bigram = bigrams.slot(previous, id);
            if (bigram >= 0) {
              counter.hit(bigram, p);
            }
          }
        }
        previous = id;
      }
    }
    Map<String, int[]> byKey = new HashMap<>();
    for (int s = 0; s < slotKeys.length; s++) {
      byKey.put(slotKeys[s], new int[] {counter.holding[s], counter.occurrences[s]});
    }
    return new PassageTally(counted, grams, byKey);
  }

  /**
   * The bigram keys asked for, by their first word: for each word id, the second words' ids sorted,
   * with their slots, found by binary search. A hash map keyed by the two ids packed in a long was
   * the hot spot of a count (boxing, and packed ids that collide under {@code Long.hashCode}).
   */
  private static final class Bigrams {
    private final int[][] seconds;
    private final int[][] slots;
    private final int[] sizes;

    Bigrams(int words) {
      seconds = new int[words][];
      slots = new int[words][];
      sizes = new int[words];
    }

    void add(int first, int second, int slot) {
      if (seconds[first] == null) {
        seconds[first] = new int[2];
        slots[first] = new int[2];
      } else if (sizes[first] == seconds[first].length) {
        seconds[first] = Arrays.copyOf(seconds[first], sizes[first] * 2);
        slots[first] = Arrays.copyOf(slots[first], sizes[first] * 2);
      }
      seconds[first][sizes[first]] = second;
      slots[first][sizes[first]++] = slot;
    }

    /** Sorts each word's second words, so that {@link #slot} can search them. */
    void sort() {
      for (int first = 0; first < seconds.length; first++) {
        int n = sizes[first];
        if (n > 1) {
          long[] packed = new long[n];
          for (int i = 0; i < n; i++) {
            packed[i] = pack(seconds[first][i], slots[first][i]);
          }
          Arrays.sort(packed);
          for (int i = 0; i < n; i++) {
            seconds[first][i] = (int) (packed[i] >>> 32);
            slots[first][i] = (int) packed[i];
          }
        }
      }
    }

    /** The slot of the bigram (first, second), -1 when it was not asked for. */
    int slot(int first, int second) {
      int n = sizes[first];
      if (n == 0) {
        return -1;
      }
      int i = Arrays.binarySearch(seconds[first], 0, n, second);
      return i >= 0 ? slots[first][i] : -1;
    }
  }

  /** Per key asked for: the passages holding it and its occurrences. */
  private static final class Counter {
    final int[] holding;
    final int[] occurrences;
    final int[] lastPassage;

    Counter(int keys) {
      holding = new int[keys];
      occurrences = new int[keys];
      lastPassage = new int[keys];
      Arrays.fill(lastPassage, -1);
    }

    void hit(int slot, int passage) {
      occurrences[slot]++;
      if (lastPassage[slot] != passage) {
        lastPassage[slot] = passage;
        holding[slot]++;
      }
    }
  }

  private static long pack(int first, int second) {
    return ((long) first << 32) | (second & 0xffffffffL);
  }

  /** A passage's text with white space folded, as a concordance line shows it. */
  static String fold(String text) {
    return singleSpaced(text.strip());
  }

  /**
   * {@code text} with each run of white space as one space; the same string when it has none to
   * fold, which is nearly always (a word, two words and a space, a clean passage), and no regular
   * expression then.
   */
  static String singleSpaced(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)
          && (c != ' ' || (i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))))) {
        return SPACES.matcher(text).replaceAll(" ");
      }
    }
    return text;
  }

  /**
   * A 64-bit hash of a passage's text with white space folded: how a concordance tells the passages
   * of its term's pairs, to leave them out of the rest.
   */
  static long hash(String text) {
    return hashFolded(fold(text));
  }

  private static long hashFolded(String folded) {
    byte[] bytes = folded.getBytes(StandardCharsets.UTF_8);
    return ((long) StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, 0x5bd1e995) << 32)
        | (StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, 0x9747b28c) & 0xffffffffL);
  }
}

package dev.dossier.index;

import dev.dossier.analysis.RecordedTokens;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What recognises a document whose text another has already: an exact hash of its words
 * (lowercased, unstemmed, punctuation and spacing gone) and a MinHash signature of its 5-word
 * shingles, after Broder, "On the resemblance and containment of documents" (1997): the share of
 * equal positions of two signatures estimates the Jaccard similarity of their shingle sets. The
 * signature is cut into bands for locality-sensitive hashing (Leskovec, Rajaraman and Ullman,
 * <i>Mining of Massive Datasets</i>, ch. 3): two documents that share a band are candidates, and
 * are duplicates when their estimate reaches {@link #NEAR}.
 *
 * @param exact the SHA-1 of the words, hex
 * @param minHashes the signature: the least hash of the shingles under each of {@link #HASHES} hash
 *     functions, 32 bits kept
 */
public record DuplicateSignature(String exact, int[] minHashes) {

  /** Hash functions of the signature. */
  static final int HASHES = 64;

  /** Rows of a band: 16 bands of 4, so a pair at 0.8 is a candidate with probability 0.9998. */
  static final int ROWS = 4;

  /** Keys of a signature ({@link #keys}): the exact hash and one a band. */
  static final int KEYS = 1 + HASHES / ROWS;

  /** Words of a shingle. */
  static final int SHINGLE = 5;

  /**
   * Shingles below which a text is too short to judge (a catalogue record of a line or two): it
   * gets no signature.
   */
  static final int MIN_SHINGLES = 20;

  /**
   * Keys two documents share at least to be compared: two, so that the documents of a template (a
   * form, a repeated heading) that share one band by chance are not all compared with each other. A
   * pair at {@link #NEAR} shares two bands with probability 0.999, at 0.4 with 0.03.
   */
  public static final int SHARED_KEYS = 2;

  /** Estimated Jaccard similarity of shingle sets from which two texts are near-duplicates. */
  public static final double NEAR = 0.8;

  /** The prefix of the exact hash's term in {@link Fields#DUPLICATE_KEYS}. */
  static final String EXACT_KEY = "x:";

  /**
   * The signature of a document's texts (their exact-word tokens, in order); empty when they are
   * too short to judge.
   */
  public static Optional<DuplicateSignature> of(List<RecordedTokens> texts) {
    long[] min = new long[HASHES];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    MessageDigest sha1 = sha1();
    int shingles = 0;
    long[] window = new long[SHINGLE];
    ByteBuffer word = ByteBuffer.allocate(Long.BYTES);
    for (RecordedTokens tokens : texts) {
      for (int i = 0; i < tokens.size(); i++) {
        long term = tokens.termHash(i);
        sha1.update(word.putLong(0, term).array());
        window[i % SHINGLE] = term;
        if (i + 1 < SHINGLE) {
          continue;
        }
        long shingle = 0;
        for (int j = i + 1 - SHINGLE; j <= i; j++) {
          shingle = RecordedTokens.mix(shingle * 31 + window[j % SHINGLE]);
        }
        shingles++;
        for (int k = 0; k < HASHES; k++) {
          long h = RecordedTokens.mix(shingle ^ (k + 1) * 0x9E3779B97F4A7C15L);
          if (h < min[k]) {
            min[k] = h;
          }
        }
      }
    }
    if (shingles < MIN_SHINGLES) {
      return Optional.empty();
    }
    int[] signature = new int[HASHES];
    for (int k = 0; k < HASHES; k++) {
      signature[k] = (int) min[k];
    }
    return Optional.of(new DuplicateSignature(HexFormat.of().formatHex(sha1.digest()), signature));
  }

  /** The terms that find candidates: the exact hash, and each band of the signature. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>();
    keys.add(EXACT_KEY + exact);
    for (int band = 0; band < HASHES / ROWS; band++) {
      long h = band;
      for (int r = 0; r < ROWS; r++) {
        h = RecordedTokens.mix(h * 31 + minHashes[band * ROWS + r]);
      }
      keys.add("b" + band + ":" + Long.toHexString(h));
    }
    return keys;
  }

  /** How many of their {@link #keys} the two signatures share. */
  public int sharedKeys(DuplicateSignature other) {
    return Keyed.of(this).sharedKeys(Keyed.of(other));
  }

  /**
   * A signature with its keys, computed once: what comparing a document with many others needs. The
   * one rule of a duplicate: {@link #SHARED_KEYS} keys shared, and {@link #duplicates}.
   */
  public record Keyed(DuplicateSignature signature, java.util.Set<String> keys) {

    /** {@code signature} and its keys. */
    public static Keyed of(DuplicateSignature signature) {
      return new Keyed(signature, java.util.Set.copyOf(signature.keys()));
    }

    /** How many keys the two share. */
    int sharedKeys(Keyed other) {
      return (int) keys.stream().filter(other.keys::contains).count();
    }

    /** Whether the two documents are duplicates of each other. */
    public boolean alike(Keyed other) {
      return sharedKeys(other) >= SHARED_KEYS && signature.duplicates(other.signature);
    }
  }

  /** The estimated Jaccard similarity of the two texts' shingles, 1 when their words are equal. */
  public double similarity(DuplicateSignature other) {
    if (exact.equals(other.exact)) {
      return 1;
    }
    int equal = 0;
    for (int k = 0; k < HASHES; k++) {
      if (minHashes[k] == other.minHashes[k]) {
        equal++;
      }
    }
    return equal / (double) HASHES;
  }

  /** Whether the two are the same text, or near enough ({@link #NEAR}). */
  public boolean duplicates(DuplicateSignature other) {
    return similarity(other) >= NEAR;
  }

  /**
   * The signature as stored: Base64 of the exact hash's 20 bytes, then the 32-bit minimum hashes.
   */
  public String encode() {
    ByteBuffer b = ByteBuffer.allocate(20 + HASHES * Integer.BYTES);
    b.put(HexFormat.of().parseHex(exact));
    for (int h : minHashes) {
      b.putInt(h);
    }
    return java.util.Base64.getEncoder().encodeToString(b.array());
  }

  /** The signature {@link #encode} stored. */
  public static DuplicateSignature decode(String stored) {
    ByteBuffer b = ByteBuffer.wrap(java.util.Base64.getDecoder().decode(stored));
    byte[] exact = new byte[20];
    b.get(exact);
    int[] minHashes = new int[HASHES];
    for (int k = 0; k < HASHES; k++) {
      minHashes[k] = b.getInt();
    }
    return new DuplicateSignature(HexFormat.of().formatHex(exact), minHashes);
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-1", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DuplicateSignature s
        && exact.equals(s.exact)
        && java.util.Arrays.equals(minHashes, s.minHashes);
  }

  @Override
  public int hashCode() {
    return exact.hashCode();
  }

  @Override
  public String toString() {
    return "DuplicateSignature[" + exact + "]";
  }
}

package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.analysis.RecordedTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

class DuplicateSignatureTest {

  private static final StandardAnalyzer WORDS = new StandardAnalyzer();

  private static RecordedTokens tokens(String text) {
    return RecordedTokens.of(WORDS.tokenStream("f", text));
  }

  private static DuplicateSignature signature(String... texts) {
    List<RecordedTokens> tokens = new ArrayList<>();
    for (String text : texts) {
      tokens.add(tokens(text));
    }
    return DuplicateSignature.of(tokens).orElseThrow();
  }

  /** A text of {@code n} words drawn from a vocabulary of 2,000, the same for the same seed. */
  private static List<String> words(long seed, int n) {
    Random random = new Random(seed);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      words.add("w" + random.nextInt(2000));
    }
    return words;
  }

  @Test
  void theSameWordsInAnotherCaseAndPunctuationAreTheSameText() {
    String text = String.join(" ", words(1, 300));
    DuplicateSignature a = signature(text);
    DuplicateSignature b = signature(text.toUpperCase(java.util.Locale.ROOT).replace(" ", ",  "));
    assertEquals(a.exact(), b.exact());
    assertEquals(1.0, a.similarity(b));
    assertTrue(a.duplicates(b));
  }

  @Test
  void aFewWordsChangedIsANearDuplicateAndAnotherTextIsNot() {
    List<String> words = words(2, 1000);
    List<String> edited = new ArrayList<>(words);
    for (int i = 0; i < edited.size(); i += 100) { // 10 words in 1,000 changed (OCR, a page mark)
      edited.set(i, "changed" + i);
    }
    DuplicateSignature a = signature(String.join(" ", words));
    DuplicateSignature b = signature(String.join(" ", edited));
    DuplicateSignature other = signature(String.join(" ", words(3, 1000)));
    assertFalse(a.exact().equals(b.exact()));
    assertTrue(a.similarity(b) >= DuplicateSignature.NEAR, "similarity " + a.similarity(b));
    assertTrue(a.similarity(other) < 0.2, "similarity " + a.similarity(other));
    assertEquals(a.keys().size(), a.sharedKeys(a));
    assertTrue(a.sharedKeys(b) >= DuplicateSignature.SHARED_KEYS, "shared " + a.sharedKeys(b));
    assertEquals(0, a.sharedKeys(other));
    assertFalse(a.duplicates(other));
  }

  @Test
  void aTextOfAFewWordsHasNoSignature() {
    assertEquals(
        Optional.empty(), DuplicateSignature.of(List.of(tokens("Secret. Cablegram to Canberra."))));
  }

  @Test
  void itsKeysAreTheExactHashAndSixteenBandsAndItIsStoredAndReadBackAsItWas() {
    DuplicateSignature a = signature(String.join(" ", words(4, 200)), "Перевод текста");
    List<String> keys = a.keys();
    assertEquals(1 + DuplicateSignature.HASHES / DuplicateSignature.ROWS, keys.size());
    assertEquals("x:" + a.exact(), keys.get(0));
    assertEquals(a, DuplicateSignature.decode(a.encode()));
    assertEquals(keys, DuplicateSignature.decode(a.encode()).keys());
  }

  @Test
  void aNearDuplicateSharesABandWithItsOriginal() {
    List<String> words = words(5, 1000);
    List<String> edited = new ArrayList<>(words);
    for (int i = 0; i < edited.size(); i += 50) {
      edited.set(i, "x" + i);
    }
    List<String> a = signature(String.join(" ", words)).keys();
    List<String> b = signature(String.join(" ", edited)).keys();
    assertTrue(a.subList(1, a.size()).stream().anyMatch(b::contains));
  }
}

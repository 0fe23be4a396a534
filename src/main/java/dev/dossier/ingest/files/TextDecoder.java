package dev.dossier.ingest.files;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Decodes a file's bytes to text: UTF-8 (with or without a byte-order mark, and forgiving a
 * multi-byte character cut off by truncation at the very end), else the legacy encoding ICU's
 * {@link CharsetDetector} finds, among the Cyrillic and Western ones archives use (Windows-1251,
 * KOI8-R, CP866, ISO-8859-5, Windows-1252, ...). The detector is given only the lines that hold
 * non-ASCII bytes, because the ASCII metadata of an export would otherwise drown the statistics of
 * its Russian text. Text no candidate decodes with confidence is rejected, never indexed as
 * mojibake.
 */
final class TextDecoder {

  private static final Set<String> LEGACY =
      Set.of(
          "windows-1251",
          "KOI8-R",
          "IBM866",
          "ISO-8859-5",
          "windows-1252",
          "ISO-8859-1",
          "ISO-8859-2",
          "windows-1250");
  private static final int MIN_CONFIDENCE = 10;

  private TextDecoder() {}

  /** The text of {@code bytes}, and the encoding it was in. */
  record Decoded(String text, String encoding) {}

  static Decoded decode(byte[] bytes) throws RejectedFileException {
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    String utf8 = utf8(bytes, start);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8");
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(nonAsciiLines(bytes));
    for (CharsetMatch match : detector.detectAll()) {
      if (LEGACY.contains(match.getName()) && match.getConfidence() >= MIN_CONFIDENCE) {
        return new Decoded(new String(bytes, Charset.forName(match.getName())), match.getName());
      }
    }
    throw new RejectedFileException(
        "unknown text encoding (not UTF-8, and no legacy encoding fits)");
  }

  /**
   * UTF-8 text, or null when the bytes are not UTF-8; an incomplete last character (truncation) is
   * dropped.
   */
  private static String utf8(byte[] bytes, int start) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    // endOfInput=false: a character cut off at the end of a truncated file is left over, not an
    // error
    CoderResult result = decoder.decode(in, out, false);
    if (result.isError() || in.remaining() > 3) {
      return null;
    }
    return out.flip().toString();
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  private static byte[] nonAsciiLines(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int lineStart = 0;
    boolean nonAscii = false;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (nonAscii) {
          out.write(bytes, lineStart, i - lineStart);
          out.write('\n');
        }
        lineStart = i + 1;
        nonAscii = false;
      } else if (bytes[i] < 0) {
        nonAscii = true;
      }
    }
    return out.toByteArray();
  }
}

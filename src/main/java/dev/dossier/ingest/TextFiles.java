package dev.dossier.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file as UTF-8 text, rejecting what is not text rather than indexing mojibake. */
final class TextFiles {

  /** Larger files are rejected rather than read whole into memory. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private TextFiles() {}

  /** The file's text, without a byte-order mark; rejected when empty, too large, binary or not UTF-8. */
  static String read(Path file) throws RejectedFileException {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new RejectedFileException(
            "file too large (" + size / (1024 * 1024) + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB)");
      }
      bytes = Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      throw new RejectedFileException("permission denied", e);
    } catch (IOException e) {
      throw new RejectedFileException("cannot read: " + e.getMessage(), e);
    }
    if (bytes.length == 0) {
      throw new RejectedFileException("empty file");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new RejectedFileException("binary file (contains NUL bytes)");
      }
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new RejectedFileException("not UTF-8 text", e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}

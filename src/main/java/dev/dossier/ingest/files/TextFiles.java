package dev.dossier.ingest.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file's bytes for ingest, rejecting what cannot be text before it is read whole. */
public final class TextFiles {

  /** Larger files are rejected unread, so that no file can exhaust the heap. */
  public static final long MAX_BYTES = 128L * 1024 * 1024;

  private TextFiles() {}

  /** The file's bytes; rejected when unreadable, empty or larger than {@link #MAX_BYTES}. */
  public static byte[] readBytes(Path file) throws RejectedFileException {
    if (!Files.isRegularFile(file)) {
      // listed as a file, replaced since by something that opening could block on (a named pipe) or
      // never end
      throw new RejectedFileException("not a regular file (it is not read)");
    }
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new RejectedFileException(
            "file too large ("
                + size / (1024 * 1024)
                + " MB; the limit is "
                + MAX_BYTES / (1024 * 1024)
                + " MB)");
      }
      if (size == 0) {
        throw new RejectedFileException("empty file");
      }
      return Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      throw new RejectedFileException("permission denied", e);
    } catch (IOException e) {
      throw new RejectedFileException("cannot read: " + e.getMessage(), e);
    }
  }

  /** The bytes as text: binary is rejected, the encoding detected, CRLF made LF. */
  public static String decode(byte[] bytes) throws RejectedFileException {
    if (bytes.length == 0) {
      throw new RejectedFileException("empty file");
    }
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      // UTF-16 with its byte-order mark (Excel's "Unicode text" export): its NUL bytes are not
      // binary
      String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_16);
      return text.replace("\r\n", "\n").replace('\r', '\n');
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new RejectedFileException("binary file (contains NUL bytes)");
      }
    }
    String text = TextDecoder.decode(bytes).text();
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}

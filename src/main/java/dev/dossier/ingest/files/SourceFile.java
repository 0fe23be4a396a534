package dev.dossier.ingest.files;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One file handed to the readers: its path and bytes, and its text decoded on first use (a PDF is
 * never decoded as text; every text format is decoded once, whichever readers look at it).
 */
public final class SourceFile {

  private final Path path;
  private final byte[] bytes;
  private String text;
  private RejectedFileException notText;

  /** The file at {@code path} whose bytes were read already. */
  public SourceFile(Path path, byte[] bytes) {
    this.path = path;
    this.bytes = bytes;
  }

  /** Where the file is. */
  public Path path() {
    return path;
  }

  /** The file's bytes. */
  public byte[] bytes() {
    return bytes;
  }

  /** The file name in lowercase, for choosing a reader by extension. */
  public String lowerCaseName() {
    return path.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  /** The file name without its last extension: the id of a document that names none. */
  public String baseName() {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Whether the bytes start with {@code prefix} (ASCII), e.g. a PDF's {@code %PDF-}. */
  public boolean startsWith(String prefix) {
    if (bytes.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (bytes[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The bytes as text (encoding detected, line ends made LF); rejected when they are not text. */
  public synchronized String text() throws RejectedFileException {
    if (text == null && notText == null) {
      try {
        text = TextFiles.decode(bytes);
      } catch (RejectedFileException e) {
        notText = e;
      }
    }
    if (notText != null) {
      throw new RejectedFileException(notText.getMessage(), notText);
    }
    return text;
  }
}

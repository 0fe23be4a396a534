package dev.dossier.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Ids a user can type: a record whose id is a whole URL (the Wilson Center's scraped rows that lack
 * a record number) gets the URL's last path segment ({@code
 * chancellors-helmut-kohls-meeting-russian-foreign-minister-primakov-19-february-1996-moscow}, or
 * the number of {@code .../document/117072}), never the whole URL. The one rule for ids read and
 * ids looked up, so a URL typed into {@code show} still finds its document.
 */
public final class ShortIds {

  private static final Pattern URL = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://\\S+$");
  private static final Pattern PAGE_EXTENSION = Pattern.compile("(?i)\\.(?:html?|php|aspx?|jsp)$");

  private ShortIds() {}

  /** The id to index for {@code id}: itself, or the last path segment when it is a URL. */
  public static String of(String id) {
    String s = id.strip();
    if (!URL.matcher(s).matches()) {
      return id;
    }
    String rest = s.substring(s.indexOf("://") + 3);
    int end = firstOf(rest, '?', '#');
    rest = rest.substring(0, end);
    String[] parts = rest.split("/");
    for (int i = parts.length - 1; i >= 1; i--) {
      String segment = PAGE_EXTENSION.matcher(decode(parts[i]).strip()).replaceFirst("");
      if (!segment.isEmpty()) {
        return segment;
      }
    }
    return parts[0].isEmpty() ? id : parts[0]; // a URL with no path names its host
  }

  /** Whether {@code id} is a URL, whose short form {@link #of} differs from it. */
  public static boolean isUrl(String id) {
    return URL.matcher(id.strip()).matches();
  }

  private static int firstOf(String s, char a, char b) {
    int end = s.length();
    int i = s.indexOf(a);
    if (i >= 0) {
      end = i;
    }
    int j = s.indexOf(b);
    return j >= 0 ? Math.min(end, j) : end;
  }

  private static String decode(String segment) {
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return segment; // a stray % is part of the id as written
    }
  }
}

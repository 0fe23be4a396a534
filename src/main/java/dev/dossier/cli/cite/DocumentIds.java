package dev.dossier.cli.cite;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an id says when it is a URL, as the ids of some scraped records are. */
public final class DocumentIds {

  private DocumentIds() {}

  /**
   * The last non-empty path segment of an id that is a URL ({@code 117072} of {@code
   * https://host/document/117072/}), without query or fragment; empty for any other id.
   */
  public static Optional<String> lastUrlSegment(String id) {
    int scheme = id.indexOf("://");
    if (scheme <= 0) {
      return Optional.empty();
    }
    String path = id.substring(scheme + 3).replaceFirst("[?#].*$", "");
    List<String> segments =
        Arrays.stream(path.split("/")).skip(1).filter(s -> !s.isEmpty()).toList(); // not the host
    return segments.isEmpty() ? Optional.empty() : Optional.of(segments.get(segments.size() - 1));
  }
}

package dev.dossier.ingest.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.dossier.config.SourceMapping;
import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.ingest.files.SourceFile;
import dev.dossier.ingest.files.TextFiles;
import dev.dossier.ingest.read.ArchiveReader;
import dev.dossier.ingest.read.ReadResult;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.Rejection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON (one object or an array of them), JSON Lines and CSV (with a header row) through the
 * source mapping that fits the file: the mapping whose file pattern matches its name, else the one
 * whose required keys the first record has (the most specific, if several). A bad record is
 * rejected with its line or row and the rest are read.
 */
public final class MappedRecordReader implements ArchiveReader {

  /**
   * Jackson's limits against hostile input stay (nesting 1,000 deep), but a string may be as long
   * as a file may be: a record's text of 30 MB is a document, not an attack, and {@link
   * TextFiles#MAX_BYTES} bounds memory.
   */
  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder().maxStringLength((int) TextFiles.MAX_BYTES).build();

  private static final ObjectMapper JSON =
      new ObjectMapper(
          com.fasterxml.jackson.core.JsonFactory.builder().streamReadConstraints(LIMITS).build());
  private static final CsvMapper CSV = csvMapper();

  /**
   * A whole-file JSON reader that refuses anything after the value, so a second object is not
   * silently ignored.
   */
  private static final com.fasterxml.jackson.databind.ObjectReader WHOLE =
      JSON.reader()
          .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final List<SourceMapping> mappings;

  private static CsvMapper csvMapper() {
    CsvMapper csv = new CsvMapper();
    csv.getFactory().setStreamReadConstraints(LIMITS);
    return csv;
  }

  /** A reader that chooses, for each file, one of {@code mappings}. */
  public MappedRecordReader(List<SourceMapping> mappings) {
    this.mappings = List.copyOf(mappings);
  }

  /** One record and where it is in the file ("line 12", "row 3"). */
  private record Numbered(int number, String where, JsonNode record) {}

  @Override
  public boolean accepts(SourceFile file) {
    return handles(file.lowerCaseName());
  }

  /** Whether a file of this (lowercase) name is one of records: JSON, JSON Lines, CSV. */
  public static boolean handles(String name) {
    return name.endsWith(".json")
        || name.endsWith(".jsonl")
        || name.endsWith(".ndjson")
        || name.endsWith(".csv");
  }

  @Override
  public ReadResult read(SourceFile file) throws RejectedFileException {
    List<Rejection> rejected = new ArrayList<>();
    List<Numbered> records = records(file, rejected);
    if (records.isEmpty()) {
      if (!rejected.isEmpty()) {
        return new ReadResult(List.of(), rejected, "", Map.of());
      }
      throw new RejectedFileException("no records in the file");
    }
    SourceMapping mapping = choose(file, records.get(0).record());
    RecordMapper mapper = new RecordMapper(mapping);
    List<ArchiveDocument> documents = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    boolean single = records.size() == 1 && file.lowerCaseName().endsWith(".json");
    Map<String, List<java.nio.file.Path>> companions = new HashMap<>();
    for (Numbered n : records) {
      try {
        List<java.nio.file.Path> read = new ArrayList<>();
        ArchiveDocument doc = mapper.map(n.record(), file, n.number(), single, read);
        String other = seen.putIfAbsent(doc.id(), n.where());
        if (other != null) {
          throw new RejectedFileException("duplicate id '" + doc.id() + "' (also " + other + ")");
        }
        documents.add(doc);
        if (!read.isEmpty()) {
          companions.put(doc.id(), read);
        }
      } catch (RejectedFileException e) {
        rejected.add(new Rejection(file.path().toString(), n.where() + ": " + e.getMessage()));
      }
    }
    return new ReadResult(documents, rejected, mapping.collection(), companions);
  }

  private SourceMapping choose(SourceFile file, JsonNode first) throws RejectedFileException {
    for (SourceMapping mapping : mappings) {
      if (mapping.matchesFileName(file.path())) {
        return mapping;
      }
    }
    Optional<SourceMapping> byKeys =
        mappings.stream()
            .filter(m -> !m.keys().isEmpty() && m.keys().stream().allMatch(first::has))
            .max(Comparator.comparingInt(m -> m.keys().size()));
    if (byKeys.isPresent()) {
      return byKeys.get();
    }
    List<String> keys = new ArrayList<>();
    first.fieldNames().forEachRemaining(keys::add);
    throw new RejectedFileException(
        "no source mapping fits its records (keys: "
            + String.join(", ", keys.subList(0, Math.min(12, keys.size())))
            + "); add one to index-config/sources (README: \"Source mappings\")");
  }

  private static List<Numbered> records(SourceFile file, List<Rejection> rejected)
      throws RejectedFileException {
    String name = file.lowerCaseName();
    if (name.endsWith(".csv")) {
      return csv(file, rejected);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return jsonLines(file, rejected);
    }
    return json(file, rejected);
  }

  private static List<Numbered> jsonLines(SourceFile file, List<Rejection> rejected)
      throws RejectedFileException {
    List<Numbered> records = new ArrayList<>();
    String[] lines = file.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = "line " + (i + 1);
      try {
        JsonNode node = JSON.readTree(line);
        if (node.isObject()) {
          records.add(new Numbered(i + 1, where, node));
        } else {
          rejected.add(new Rejection(file.path().toString(), where + ": not a JSON object"));
        }
      } catch (JsonProcessingException e) {
        rejected.add(
            new Rejection(
                file.path().toString(), where + ": not JSON (" + jacksonMessage(e) + ")"));
      }
    }
    return records;
  }

  private static List<Numbered> json(SourceFile file, List<Rejection> rejected)
      throws RejectedFileException {
    JsonNode root;
    try {
      root = WHOLE.readTree(file.text());
    } catch (JsonProcessingException e) {
      if (looksLikeJsonLines(file.text())) {
        return jsonLines(file, rejected); // a .json file that is really one object per line
      }
      throw new RejectedFileException("not JSON (" + at(e) + jacksonMessage(e) + ")");
    }
    List<Numbered> records = new ArrayList<>();
    if (root != null && root.isObject()) {
      records.add(new Numbered(1, "record 1", root));
    } else if (root != null && root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        String where = "record " + (i + 1);
        if (root.get(i).isObject()) {
          records.add(new Numbered(i + 1, where, root.get(i)));
        } else {
          rejected.add(new Rejection(file.path().toString(), where + ": not a JSON object"));
        }
      }
    } else {
      throw new RejectedFileException("not a JSON object or array of objects");
    }
    return records;
  }

  private static List<Numbered> csv(SourceFile file, List<Rejection> rejected)
      throws RejectedFileException {
    List<Numbered> records = new ArrayList<>();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> rows =
        CSV.readerForMapOf(String.class).with(schema).readValues(file.text())) {
      int row = 0;
      while (true) {
        row++;
        try {
          if (!rows.hasNextValue()) {
            break;
          }
          Map<String, String> values = rows.nextValue();
          ObjectNode node = JSON.createObjectNode();
          values.forEach((k, v) -> node.put(k.strip(), v));
          records.add(new Numbered(row, "row " + row, node));
        } catch (IOException | RuntimeException e) {
          rejected.add(
              new Rejection(
                  file.path().toString(), "row " + row + ": " + firstLine(e.getMessage())));
          if (rejected.size() > 1000) {
            break; // a file that fails row after row is not CSV; its reasons would drown the report
          }
        }
      }
    } catch (IOException e) {
      throw new RejectedFileException(
          "not CSV with a header row (" + firstLine(e.getMessage()) + ")");
    }
    return records;
  }

  /**
   * Where Jackson stopped, "line 2, column 3: ", or nothing when it does not say (a limit it
   * enforces).
   */
  private static String at(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null || location.getLineNr() < 0
        ? ""
        : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
  }

  /**
   * Jackson's message without its "[Source: REDACTED ...]" note, which says nothing to a user; the
   * limits Jackson enforces against hostile input (nesting depth, number and string lengths) in
   * words of our own.
   */
  private static String jacksonMessage(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      String message = e.getOriginalMessage();
      if (message.contains("nesting depth")) {
        return String.format(
            java.util.Locale.ROOT,
            "nested deeper than %,d levels, the limit",
            StreamReadConstraints.DEFAULT_MAX_DEPTH);
      }
      return "a value too large to read: "
          + firstLine(message).replaceAll(" \\(from `[^`]*`\\)", "");
    }
    String message = e.getOriginalMessage();
    return message == null ? "unreadable" : message.replaceAll("\\[Source: [^;]*; ", "[");
  }

  private static boolean looksLikeJsonLines(String text) {
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return lines.size() > 1 && lines.stream().allMatch(l -> l.startsWith("{") && l.endsWith("}"));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    Iterator<String> lines = message.lines().iterator();
    return lines.hasNext() ? lines.next() : message;
  }
}

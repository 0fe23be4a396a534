package dev.dossier.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Repeated measurements of one figure: min / median / max, and percentiles of a latency sample. */
final class Figures {

  private final List<Double> values = new ArrayList<>();

  void add(double value) {
    values.add(value);
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  double median() {
    return percentile(values, 0.5);
  }

  /** "min / median / max" with {@code format}. */
  String summary(String format) {
    if (values.isEmpty()) {
      return "n/a";
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    if (sorted.size() == 1) {
      return String.format(Locale.ROOT, format, sorted.get(0));
    }
    return String.format(
        Locale.ROOT,
        format + " / " + format + " / " + format,
        sorted.get(0),
        percentile(sorted, 0.5),
        sorted.get(sorted.size() - 1));
  }

  /** The nearest-rank percentile {@code q} (0..1) of {@code sample}. */
  static double percentile(List<Double> sample, double q) {
    List<Double> sorted = new ArrayList<>(sample);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(q * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}

package org.breachresponse.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One metric of the Prometheus text format: its name, help text, type and samples, each sample its labels and
 * value. Names and label names are checked against the format's rules (Prometheus, "Exposition formats", text
 * format 0.0.4), so a wrong name fails here, not in the scraper.
 */
record MetricFamily(String name, String help, Type type, List<Sample> samples) {

  private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  /** The types we expose. */
  enum Type {
    COUNTER, GAUGE;

    String text() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One time series' value now; labels in the order given. */
  record Sample(Map<String, String> labels, long value) {

    Sample {
      labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
      for (String label : labels.keySet()) {
        if (!LABEL_NAME.matcher(label).matches() || label.startsWith("__")) {
          throw new IllegalArgumentException("Not a label name: " + label);
        }
      }
    }
  }

  MetricFamily {
    if (!METRIC_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a metric name: " + name);
    }
    samples = List.copyOf(samples);
  }
}

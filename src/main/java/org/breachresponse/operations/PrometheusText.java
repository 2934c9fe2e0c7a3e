package org.breachresponse.operations;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes metric families in the Prometheus text exposition format, version 0.0.4 (Prometheus documentation,
 * "Exposition formats"): per family a {@code # HELP} and a {@code # TYPE} line, then one line per sample,
 * {@code name{label="value",…} value}; help texts escape {@code \} and line feeds, label values also {@code "}.
 */
final class PrometheusText {

  /** The Content-Type the format is served with. */
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private PrometheusText() {
  }

  static String write(List<MetricFamily> families) {
    StringBuilder text = new StringBuilder();
    for (MetricFamily family : families) {
      text.append("# HELP ").append(family.name()).append(' ').append(escapeHelp(family.help())).append('\n');
      text.append("# TYPE ").append(family.name()).append(' ').append(family.type().text()).append('\n');
      for (MetricFamily.Sample sample : family.samples()) {
        text.append(family.name()).append(labels(sample.labels())).append(' ').append(sample.value()).append('\n');
      }
    }
    return text.toString();
  }

  private static String labels(Map<String, String> labels) {
    if (labels.isEmpty()) {
      return "";
    }
    return labels.entrySet().stream().map(label -> label.getKey() + "=\"" + escapeLabel(label.getValue()) + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }

  static String escapeHelp(String help) {
    return help.replace("\\", "\\\\").replace("\n", "\\n");
  }

  static String escapeLabel(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}

package org.breachresponse.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.breachresponse.operations.MetricFamily.Sample;
import org.breachresponse.operations.MetricFamily.Type;
import org.junit.jupiter.api.Test;

/** The Prometheus text exposition format 0.0.4 as its documentation ("Exposition formats") describes it. */
class PrometheusTextTest {

  @Test
  void eachFamilyHasItsHelpAndTypeLinesThenOneLinePerSample() {
    Map<String, String> get = new LinkedHashMap<>();
    get.put("node", "node-a");
    get.put("method", "GET");
    String text = PrometheusText.write(List.of(
        new MetricFamily("breach_http_requests_total", "HTTP requests.", Type.COUNTER,
            List.of(new Sample(get, 12), new Sample(Map.of("node", "node-a"), 0))),
        new MetricFamily("breach_jobs_overdue", "Jobs overdue.", Type.GAUGE, List.of(new Sample(Map.of(), 3)))));

    assertThat(text).isEqualTo("""
        # HELP breach_http_requests_total HTTP requests.
        # TYPE breach_http_requests_total counter
        breach_http_requests_total{node="node-a",method="GET"} 12
        breach_http_requests_total{node="node-a"} 0
        # HELP breach_jobs_overdue Jobs overdue.
        # TYPE breach_jobs_overdue gauge
        breach_jobs_overdue 3
        """);
  }

  @Test
  void aFamilyWithoutSamplesStillDeclaresItself() {
    assertThat(PrometheusText.write(List.of(new MetricFamily("breach_jobs_failed_total", "Failed.", Type.COUNTER,
        List.of())))).isEqualTo("# HELP breach_jobs_failed_total Failed.\n# TYPE breach_jobs_failed_total counter\n");
  }

  @Test
  void labelValuesEscapeBackslashQuoteAndLineFeedHelpEscapesBackslashAndLineFeed() {
    String text = PrometheusText.write(List.of(new MetricFamily("m", "a \\ b\nc \"d\"", Type.GAUGE,
        List.of(new Sample(Map.of("practice", "x\\y\"z\nw"), 1)))));

    assertThat(text.lines()).containsExactly("# HELP m a \\\\ b\\nc \"d\"", "# TYPE m gauge",
        "m{practice=\"x\\\\y\\\"z\\nw\"} 1");
  }

  @Test
  void namesOutsideTheFormatsRulesAreRefused() {
    assertThatThrownBy(() -> new MetricFamily("breach-jobs", "h", Type.GAUGE, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("breach-jobs");
    assertThatThrownBy(() -> new MetricFamily("9jobs", "h", Type.GAUGE, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Sample(Map.of("status-class", "2xx"), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status-class");
    assertThatThrownBy(() -> new Sample(Map.of("__name__", "x"), 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void servedAsVersionZeroFourInUtf8() {
    assertThat(PrometheusText.CONTENT_TYPE).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
  }
}

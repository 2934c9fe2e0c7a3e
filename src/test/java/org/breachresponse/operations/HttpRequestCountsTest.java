package org.breachresponse.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.breachresponse.operations.HttpRequestCounts.Key;
import org.junit.jupiter.api.Test;

/** Requests counted by method and status class, unusual methods together, so callers cannot add series. */
class HttpRequestCountsTest {

  private final HttpRequestCounts counts = new HttpRequestCounts();

  @Test
  void countsByMethodAndStatusClass() {
    counts.count("GET", 200);
    counts.count("GET", 204);
    counts.count("GET", 301);
    counts.count("POST", 401);
    counts.count("POST", 503);

    assertThat(counts.snapshot()).containsExactly(
        java.util.Map.entry(new Key("GET", "2xx"), 2L), java.util.Map.entry(new Key("GET", "3xx"), 1L),
        java.util.Map.entry(new Key("POST", "4xx"), 1L), java.util.Map.entry(new Key("POST", "5xx"), 1L));
  }

  @Test
  void unusualMethodsAndStatusesAreCountedTogether() {
    counts.count("PROPFIND", 405);
    counts.count("BREW", 405);
    counts.count("GET", 0);

    assertThat(counts.snapshot()).containsOnly(java.util.Map.entry(new Key("OTHER", "4xx"), 2L),
        java.util.Map.entry(new Key("GET", "other"), 1L));
  }
}

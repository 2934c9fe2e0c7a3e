package org.breachresponse.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.breachresponse.operations.HttpRequestCounts.Key;
import org.breachresponse.operations.InstallationQueries.ActionOutcome;
import org.breachresponse.operations.InstallationQueries.PracticeNotices;
import org.camunda.bpm.engine.management.Metrics;
import org.junit.jupiter.api.Test;

/** One scrape's families: every metric declared, every sample labelled with the node. */
class NodeMetricsTest {

  @Test
  void everyFamilyIsDeclaredAndEverySampleNamesTheNode() {
    Map<Key, Long> requests = new TreeMap<>(Map.of(new Key("GET", "2xx"), 7L, new Key("POST", "4xx"), 1L));
    NodeMetrics metrics = new NodeMetrics("node-a",
        Map.of(Metrics.JOB_ACQUIRED_SUCCESS, 5L, Metrics.JOB_SUCCESSFUL, 4L, Metrics.JOB_FAILED, 1L), requests, 2,
        List.of(new PracticeNotices("alpha", 3, 1)), List.of(new ActionOutcome("ISOLATE", "SUCCEEDED", 2)));

    String text = PrometheusText.write(metrics.families());

    assertThat(metrics.families()).extracting(MetricFamily::name).containsExactly(MetricNames.JOBS_ACQUIRED,
        MetricNames.JOBS_SUCCEEDED, MetricNames.JOBS_FAILED, MetricNames.JOBS_OVERDUE, MetricNames.NOTICES_DUE,
        MetricNames.NOTICES_OVERDUE, MetricNames.CONTAINMENT_ACTIONS, MetricNames.HTTP_REQUESTS);
    assertThat(metrics.families()).flatExtracting(MetricFamily::samples)
        .allSatisfy(sample -> assertThat(sample.labels()).containsEntry("node", "node-a"));
    assertThat(text).contains("breach_jobs_acquired_total{node=\"node-a\"} 5\n",
        "breach_jobs_succeeded_total{node=\"node-a\"} 4\n", "breach_jobs_failed_total{node=\"node-a\"} 1\n",
        "breach_jobs_overdue{node=\"node-a\"} 2\n", "breach_notices_due{node=\"node-a\",practice=\"alpha\"} 3\n",
        "breach_notices_overdue{node=\"node-a\",practice=\"alpha\"} 1\n",
        "breach_containment_actions{node=\"node-a\",action=\"ISOLATE\",outcome=\"SUCCEEDED\"} 2\n",
        "breach_http_requests_total{node=\"node-a\",method=\"GET\",status=\"2xx\"} 7\n",
        "breach_http_requests_total{node=\"node-a\",method=\"POST\",status=\"4xx\"} 1\n");
  }

  @Test
  void withoutARunningEngineTheJobCountersHaveNoSamples() {
    NodeMetrics metrics = new NodeMetrics("node-b", Map.of(), Map.of(), 0, List.of(), List.of());

    assertThat(PrometheusText.write(metrics.families()))
        .contains("# TYPE breach_jobs_succeeded_total counter\n# HELP breach_jobs_failed_total")
        .doesNotContain("breach_jobs_succeeded_total{");
  }
}

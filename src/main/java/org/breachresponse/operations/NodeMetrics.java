package org.breachresponse.operations;

import static org.breachresponse.operations.MetricFamily.Type.COUNTER;
import static org.breachresponse.operations.MetricFamily.Type.GAUGE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.breachresponse.operations.MetricFamily.Sample;
import org.camunda.bpm.engine.management.Metrics;

/**
 * What one scrape of a node answers, every sample labelled with the node's name: the node's own counters (its job
 * executor's jobs, its HTTP requests), and the installation's gauges, read from the shared database, the same on
 * every node (aggregate them with {@code max without (node)}).
 *
 * @param jobs this node's job totals by Camunda meter name, empty when the engine is not running
 */
record NodeMetrics(String node, Map<String, Long> jobs, Map<HttpRequestCounts.Key, Long> httpRequests,
    long overdueJobs, List<InstallationQueries.PracticeNotices> notices,
    List<InstallationQueries.ActionOutcome> containmentActions) {

  /** How long past its due time a job must wait before it counts as overdue. */
  static final Duration OVERDUE_AFTER = Duration.ofSeconds(60);

  List<MetricFamily> families() {
    List<MetricFamily> families = new ArrayList<>();
    families.add(job(MetricNames.JOBS_ACQUIRED, Metrics.JOB_ACQUIRED_SUCCESS,
        "Jobs this node's job executor acquired (locked to run) since the node started (Camunda meter job-acquired-success)."));
    families.add(job(MetricNames.JOBS_SUCCEEDED, Metrics.JOB_SUCCESSFUL,
        "Jobs this node ran successfully since it started (Camunda meter job-successful)."));
    families.add(job(MetricNames.JOBS_FAILED, Metrics.JOB_FAILED,
        "Job runs that failed on this node since it started (Camunda meter job-failed); a retry that fails again counts again."));
    families.add(new MetricFamily(MetricNames.JOBS_OVERDUE,
        "Jobs of the installation any node could run but none has taken " + OVERDUE_AFTER.toSeconds()
            + " s after they fell due (unlocked or lock expired, retries left, not suspended).",
        GAUGE, List.of(new Sample(labels(), overdueJobs))));
    families.add(new MetricFamily(MetricNames.NOTICES_DUE,
        "Notices still to send per practice (open incidents).", GAUGE,
        notices.stream().map(n -> new Sample(labels("practice", n.practiceId()), n.due())).toList()));
    families.add(new MetricFamily(MetricNames.NOTICES_OVERDUE,
        "Notices still to send whose due day has ended in the practice's time zone, per practice.", GAUGE,
        notices.stream().map(n -> new Sample(labels("practice", n.practiceId()), n.overdue())).toList()));
    families.add(new MetricFamily(MetricNames.CONTAINMENT_ACTIONS,
        "Containment actions recorded in the installation, by action and outcome (rows are never deleted, so it only grows).",
        GAUGE, containmentActions.stream()
            .map(a -> new Sample(labels("action", a.action(), "outcome", a.outcome()), a.count())).toList()));
    List<Sample> requests = new ArrayList<>();
    httpRequests.forEach((key, count) ->
        requests.add(new Sample(labels("method", key.method(), "status", key.statusClass()), count)));
    families.add(new MetricFamily(MetricNames.HTTP_REQUESTS,
        "HTTP requests this node answered since it started, by method and status class.", COUNTER, requests));
    return families;
  }

  private MetricFamily job(String name, String meter, String help) {
    Long total = jobs.get(meter);
    return new MetricFamily(name, help, COUNTER, total == null ? List.of() : List.of(new Sample(labels(), total)));
  }

  /** The node's label first, then the pairs given. */
  private Map<String, String> labels(String... pairs) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("node", node);
    for (int i = 0; i < pairs.length; i += 2) {
      labels.put(pairs[i], pairs[i + 1]);
    }
    return labels;
  }
}

package org.breachresponse.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;

/**
 * The engine's metrics registry, which also keeps its own running total of what the job executor of this node did
 * (Camunda's meters {@value Metrics#JOB_ACQUIRED_SUCCESS}, {@value Metrics#JOB_SUCCESSFUL},
 * {@value Metrics#JOB_FAILED}): Camunda's meters are emptied each time its reporter writes them to
 * {@code ACT_RU_METER_LOG}, so they cannot be read as counters. These totals only grow, from the node's start
 * (Camunda user guide, "Metrics"); a restart begins them at zero again, which Prometheus reads as a counter reset.
 */
public class JobMeters extends MetricsRegistry {

  /** The meters counted here. */
  public static final java.util.List<String> COUNTED =
      java.util.List.of(Metrics.JOB_ACQUIRED_SUCCESS, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED);

  private final Map<String, LongAdder> totals = new ConcurrentHashMap<>();

  public JobMeters() {
    COUNTED.forEach(name -> totals.put(name, new LongAdder()));
  }

  @Override
  public void markOccurrence(String name, long times) {
    super.markOccurrence(name, times);
    LongAdder total = totals.get(name);
    if (total != null) {
      total.add(times);
    }
  }

  /** How often {@code name} (one of {@link #COUNTED}) occurred on this node since it started. */
  public long total(String name) {
    LongAdder total = totals.get(name);
    if (total == null) {
      throw new IllegalArgumentException("Not counted: " + name);
    }
    return total.sum();
  }
}

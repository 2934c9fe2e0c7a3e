package org.breachresponse.process;

import java.time.Duration;

/**
 * How long a node holds a job it acquired (the job executor's lock time, set in {@code engine}). A node that dies
 * holding jobs leaves them locked this long; then another node acquires them (Camunda's default is five minutes). A
 * job still running when its lock ends may be acquired and run a second time by another node, so work that loops
 * inside one job (a containment batch) stops taking new work well before it (docs/adr/0014-cluster-of-nodes.md).
 */
public final class JobLock {

  public static final Duration TIME = Duration.ofSeconds(30);

  private JobLock() {
  }
}

package org.breachresponse.containment;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import org.breachresponse.practice.Practice;

/**
 * The adapters of each practice, built on first use from its stored settings and kept while the practice's
 * row keeps its version. When the settings change (a new version), the next use builds new adapters and
 * closes the old ones' directory connections; all are closed when the application stops.
 */
final class PracticeAdapterCache implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PracticeAdapterCache.class.getName());

  private final Function<String, Optional<Practice>> find;
  private final Function<Practice, PracticeAdapters> build;
  private final Map<String, PracticeAdapters> byPractice = new ConcurrentHashMap<>();

  PracticeAdapterCache(Function<String, Optional<Practice>> find, Function<Practice, PracticeAdapters> build) {
    this.find = find;
    this.build = build;
  }

  /** The adapters for the practice's current settings; none for an unknown practice. */
  PracticeAdapters get(String practiceId) {
    Optional<Practice> practice = find.apply(practiceId);
    if (practice.isEmpty()) {
      return PracticeAdapters.NONE;
    }
    int version = practice.get().version();
    PracticeAdapters current = byPractice.get(practiceId);
    if (current != null && current.version() >= version) {
      // the same settings, or a reader that still saw an older row: never go back to older settings
      return current;
    }
    synchronized (this) {
      PracticeAdapters old = byPractice.get(practiceId);
      if (old != null && old.version() >= version) {
        return old;
      }
      PracticeAdapters fresh = build.apply(practice.get());
      byPractice.put(practiceId, fresh);
      if (old != null) {
        LOG.info(() -> "The containment settings of practice " + practiceId + " changed: closing the adapters of"
            + " version " + old.version() + ", now " + fresh);
        old.close();
      }
      return fresh;
    }
  }

  @Override
  public synchronized void close() {
    byPractice.values().forEach(PracticeAdapters::close);
    byPractice.clear();
  }
}

package org.breachresponse.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * This node's HTTP requests since it started, by method and status class ({@code 2xx} … {@code 5xx}). Methods
 * other than the usual ones count as {@code OTHER}, so a caller cannot make up new series.
 */
@ApplicationScoped
public class HttpRequestCounts {

  static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

  /** A method and a status class. */
  record Key(String method, String statusClass) implements Comparable<Key> {

    @Override
    public int compareTo(Key other) {
      int byMethod = method.compareTo(other.method);
      return byMethod != 0 ? byMethod : statusClass.compareTo(other.statusClass);
    }
  }

  private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();

  void count(String method, int status) {
    counts.computeIfAbsent(new Key(method(method), statusClass(status)), key -> new LongAdder()).increment();
  }

  /** The counts so far, in a stable order. */
  Map<Key, Long> snapshot() {
    Map<Key, Long> snapshot = new TreeMap<>();
    counts.forEach((key, count) -> snapshot.put(key, count.sum()));
    return snapshot;
  }

  static String method(String method) {
    return method != null && METHODS.contains(method) ? method : "OTHER";
  }

  static String statusClass(int status) {
    return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
  }
}

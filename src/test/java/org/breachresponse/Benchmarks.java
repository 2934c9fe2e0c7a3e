package org.breachresponse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * What the benchmark commands of docs/benchmarks.md share: parallel set-up clients, waiting for the engine's
 * jobs, timing calls and printing steps and percentiles. They assert no time, only that each call worked.
 */
public final class Benchmarks {

  private static final Duration STALL = Duration.ofMinutes(5);

  private Benchmarks() {
  }

  /** Runs {@code work} for 0..count-1 on {@code clients} threads; the first failure fails the benchmark. */
  public static void parallel(int clients, int count, IntConsumer work) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger done = new AtomicInteger();
    Instant start = Instant.now();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int item = i;
        futures.add(pool.submit(() -> {
          work.accept(item);
          int finished = done.incrementAndGet();
          if (finished % 1000 == 0 || finished == count) {
            System.out.printf("    %d of %d in %d s%n", finished, count, Duration.between(start, Instant.now()).toSeconds());
          }
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Polls the count at {@code path} (as {@code client}) every 500 ms until it reaches {@code expected}. */
  public static void awaitCount(ApiClient client, String path, long expected, String what) throws InterruptedException {
    awaitCount(client, path, expected, false, what);
  }

  /** Polls the count at {@code path} (as {@code client}) every 500 ms until it falls to {@code expected}. */
  public static void awaitCountDown(ApiClient client, String path, long expected, String what)
      throws InterruptedException {
    awaitCount(client, path, expected, true, what);
  }

  /** Fails when the count stops moving for five minutes. */
  private static void awaitCount(ApiClient client, String path, long expected, boolean down, String what)
      throws InterruptedException {
    long seen = -1;
    Instant moved = Instant.now();
    Instant printed = Instant.now();
    while (true) {
      long count = client.get(path).json().getJsonNumber("count").longValue();
      if (down ? count <= expected : count >= expected) {
        return;
      }
      if (count != seen) {
        seen = count;
        moved = Instant.now();
      }
      assertThat(Duration.between(moved, Instant.now())).as("%s stuck at %d, waiting for %d", what, count, expected)
          .isLessThan(STALL);
      if (Duration.between(printed, Instant.now()).toSeconds() >= 10) {
        System.out.printf("    %s: %d, waiting for %d%n", what, count, expected);
        printed = Instant.now();
      }
      Thread.sleep(500);
    }
  }

  /** How long the call took, in ms; it must answer 200. */
  public static long timed(Supplier<ApiClient.Response> call) {
    long start = System.nanoTime();
    ApiClient.Response response = call.get();
    long took = (System.nanoTime() - start) / 1_000_000;
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return took;
  }

  /** Prints how long the step took since {@code since}; returns now, the next step's start. */
  public static Instant printStep(String what, Instant since) {
    System.out.printf("  %-55s %6.1f s%n", what + ":", Duration.between(since, Instant.now()).toMillis() / 1000.0);
    return Instant.now();
  }

  public static void printPercentiles(String what, long[] values, String unit) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    System.out.printf("%s: p50 %d, p95 %d, p99 %d, max %d %s (n=%d)%n", what, percentile(sorted, 50),
        percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1], unit, sorted.length);
  }

  /** Nearest-rank percentile of ascending values. */
  public static long percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}

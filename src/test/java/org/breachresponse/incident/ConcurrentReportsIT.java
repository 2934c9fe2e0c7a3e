package org.breachresponse.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.breachresponse.ApiClient;
import org.breachresponse.InServerTest;
import org.junit.jupiter.api.Test;

/**
 * Fifty reports sent at the same moment through the API (threads released together by a latch, HTTP Basic as
 * front-desk staff) all succeed, each with its own reference, numbered on from the report before them without a
 * gap or a duplicate. On a fresh server eight such reports gave one 201 and seven 500s ("ARJUNA016053: Could not
 * commit transaction."). Runs on H2 (whose row lock waits at most LOCK_TIMEOUT, 10 s) and on PostgreSQL.
 */
class ConcurrentReportsIT extends InServerTest {

  private static final int REPORTS = 50;

  @Test
  void fiftySimultaneousReportsEachGetTheNextReference() throws Exception {
    int before = number(report(new ApiClient(base, "front-desk"), -1));
    CountDownLatch ready = new CountDownLatch(REPORTS);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(REPORTS);
    List<Future<ApiClient.Response>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < REPORTS; i++) {
        int index = i;
        ApiClient frontDesk = new ApiClient(base, "front-desk");
        Callable<ApiClient.Response> sendWhenReleased = () -> {
          ready.countDown();
          go.await();
          return send(frontDesk, index);
        };
        answers.add(threads.submit(sendWhenReleased));
      }
      ready.await();
      long began = System.nanoTime();
      go.countDown();
      List<ApiClient.Response> responses = new ArrayList<>();
      for (Future<ApiClient.Response> answer : answers) {
        responses.add(answer.get());
      }
      System.out.printf("ConcurrentReportsIT: %d simultaneous reports answered in %d ms%n", REPORTS,
          (System.nanoTime() - began) / 1_000_000);

      assertThat(responses).as("every report's answer").allSatisfy(response ->
          assertThat(response.status()).as(response.body()).isEqualTo(201));
      List<String> references = responses.stream().map(response -> response.json().getString("reference")).toList();
      String year = "BR-" + references.get(0).substring(3, 7) + "-";
      assertThat(references).doesNotHaveDuplicates().allSatisfy(reference -> assertThat(reference).startsWith(year));
      assertThat(references.stream().map(ConcurrentReportsIT::number).toList())
          .as("the numbers after %d, without a gap", before)
          .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(before + 1, before + REPORTS).boxed().toList());
    } finally {
      threads.shutdownNow();
    }
    assertThat(number(report(new ApiClient(base, "front-desk"), REPORTS))).isEqualTo(before + REPORTS + 1);
  }

  private static String report(ApiClient client, int index) {
    ApiClient.Response created = send(client, index);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getString("reference");
  }

  private static ApiClient.Response send(ApiClient client, int index) {
    return client.post("api/breach/incidents", """
        {"reportedBy": "Front desk, terminal %d", "discoveryDate": "%s", "signs": ["STRANGE_MESSAGES_TO_USERS"],
         "description": "A pop-up asks for payment to unlock files"}""".formatted(index + 2, LocalDate.now()));
  }

  private static int number(String reference) {
    return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
  }
}

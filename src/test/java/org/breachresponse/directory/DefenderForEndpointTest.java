package org.breachresponse.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.breachresponse.incident.Hostname;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DefenderForEndpointTest {

  private static final Hostname PC = new Hostname("frontdesk-01.practice.local");
  private static final String COMMENT = "Breach case BR-2025-014: isolate pending forensics";

  private EdrStandIn defender;
  private MovableClock clock;
  private DefenderForEndpoint edr;

  @BeforeEach
  void start() throws IOException {
    defender = EdrStandIn.defender().knows(PC.value(), "7a1b2c3d");
    clock = new MovableClock();
    edr = new DefenderForEndpoint(defender.settings(), HttpClient.newHttpClient(), clock);
  }

  @AfterEach
  void stop() {
    defender.close();
  }

  @Test
  void isolateFindsTheMachineByDnsNameAndRequestsFullIsolationWithTheComment() {
    edr.isolate(PC, COMMENT);

    List<EdrStandIn.Received> calls = defender.apiCalls();
    assertThat(calls).extracting(EdrStandIn.Received::status).containsExactly(200, 201);
    assertThat(calls.get(0).method()).isEqualTo("GET");
    assertThat(calls.get(0).rawQuery())
        .isEqualTo("$filter=computerDnsName%20eq%20%27frontdesk-01.practice.local%27");
    assertThat(calls.get(1).method()).isEqualTo("POST");
    assertThat(calls.get(1).path()).isEqualTo("/api/machines/7a1b2c3d/isolate");
    assertThat(calls.get(1).contentType()).startsWith("application/json");
    assertThat(calls.get(1).json().getString("Comment")).isEqualTo(COMMENT);
    assertThat(calls.get(1).json().getString("IsolationType")).isEqualTo("Full");
    assertThat(defender.isIsolated("7a1b2c3d")).isTrue();
  }

  @Test
  void releasePostsUnisolateWithOnlyTheComment() {
    edr.isolate(PC, COMMENT);
    edr.release(PC, "Breach case BR-2025-014: forensics done");

    EdrStandIn.Received release = defender.apiCalls().get(3);
    assertThat(release.path()).isEqualTo("/api/machines/7a1b2c3d/unisolate");
    assertThat(release.status()).isEqualTo(201);
    assertThat(release.json().keySet()).containsExactly("Comment");
    assertThat(defender.isIsolated("7a1b2c3d")).isFalse();
  }

  @Test
  void theTokenIsFetchedOnceWithClientCredentialsAndReusedForEveryCall() {
    edr.isolate(PC, COMMENT);
    edr.release(PC, COMMENT);

    assertThat(defender.tokenRequests()).isEqualTo(1);
    EdrStandIn.Received token = defender.received().get(0);
    assertThat(token.path()).isEqualTo("/" + EdrStandIn.TENANT + "/oauth2/v2.0/token");
    assertThat(token.status()).isEqualTo(200);
    assertThat(defender.apiCalls()).extracting(EdrStandIn.Received::authorization)
        .containsOnly("Bearer " + defender.issuedTokens().iterator().next());
  }

  @Test
  void aTokenAboutToExpireIsRenewedBeforeTheNextCall() {
    edr.isolate(PC, COMMENT);
    clock.advance(Duration.ofSeconds(3599).minus(ClientCredentialsToken.MARGIN));
    edr.release(PC, COMMENT);

    assertThat(defender.tokenRequests()).isEqualTo(2);
  }

  @Test
  void aQuoteInTheNameIsDoubledInTheODataFilter() {
    // Hostname admits no quote today; the escaping guards the day a looser name type reaches the adapter
    assertThat(DefenderForEndpoint.machineFilter("o'brien-pc")).isEqualTo("computerDnsName eq 'o''brien-pc'");
    assertThat(EdrHttp.queryValue(DefenderForEndpoint.machineFilter("o'brien-pc")))
        .isEqualTo("computerDnsName%20eq%20%27o%27%27brien-pc%27");
  }

  @Test
  void aMachineDefenderDoesNotKnowIsReportedAsNotFound() {
    assertThatThrownBy(() -> edr.isolate(new Hostname("unknown-pc"), COMMENT))
        .isInstanceOf(DirectoryTargetNotFoundException.class).hasMessageContaining("unknown-pc");
    assertThat(defender.apiCalls()).hasSize(1);
  }

  @Test
  void ofSeveralRecordsWithTheNameTheOneSeenLastIsIsolated() {
    defender.knows(PC.value(), "old-record", "new-record");

    edr.isolate(PC, COMMENT);

    assertThat(defender.isIsolated("new-record")).isTrue();
    assertThat(defender.isIsolated("old-record")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 503})
  void aThrottledOrFailingServiceIsReportedAsUnavailableSoTheJobRetries(int status) {
    defender.failNext(status);

    assertThatThrownBy(() -> edr.isolate(PC, COMMENT)).isInstanceOf(DirectoryUnavailableException.class)
        .hasMessageContaining(String.valueOf(status));
    edr.isolate(PC, COMMENT);
    assertThat(defender.isIsolated("7a1b2c3d")).isTrue();
  }

  @Test
  void anUnreachableServiceIsReportedAsUnavailable() {
    defender.close();

    assertThatThrownBy(() -> edr.isolate(PC, COMMENT)).isInstanceOf(DirectoryUnavailableException.class);
  }

  @Test
  void isolatingAnIsolatedMachineSucceedsWithoutAnError() {
    edr.isolate(PC, COMMENT);
    edr.isolate(PC, COMMENT);

    assertThat(defender.apiCalls()).extracting(EdrStandIn.Received::status).containsExactly(200, 201, 200, 400);
    assertThat(defender.apiCalls().get(3).problem()).isNull(); // Defender's "already in progress", not a shape error
    assertThat(defender.isIsolated("7a1b2c3d")).isTrue();
  }

  @Test
  void aWrongSecretIsRefusedWithEntrasTextButWithoutTheSecret() {
    EdrSettings s = defender.settings();
    DefenderForEndpoint wrong = new DefenderForEndpoint(
        new EdrSettings(s.kind(), s.apiBase(), s.tokenUrl(), s.clientId(), "not-the-secret"), Clock.systemUTC());

    assertThatThrownBy(() -> wrong.isolate(PC, COMMENT)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Invalid client secret").hasMessageNotContaining("not-the-secret");
  }

  @Test
  void aRefusalNamesDefendersErrorButNotTheToken() {
    defender.failNext(403);

    assertThatThrownBy(() -> edr.isolate(PC, COMMENT)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("403").hasMessageNotContaining("token-")
        .hasMessageNotContaining(EdrStandIn.CLIENT_SECRET);
  }

  @Test
  void aBlankCommentIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> edr.isolate(PC, " ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(defender.received()).isEmpty();
  }

  @Test
  void settingsNeverShowTheSecret() {
    assertThat(defender.settings().toString()).doesNotContain(EdrStandIn.CLIENT_SECRET);
  }

  /** A clock the test moves by hand, so token expiry is tested without sleeping. */
  static final class MovableClock extends Clock {

    private Instant now = Instant.parse("2025-03-04T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}

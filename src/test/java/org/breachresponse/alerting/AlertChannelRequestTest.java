package org.breachresponse.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a new alert channel must be, each refusal naming its field, and what of it may be shown. */
class AlertChannelRequestTest {

  private static final String TEAMS_URL =
      "https://prod-42.westus.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01"
          + "&sig=TeamsSigToken123";
  private static final String SLACK_URL = "https://hooks.slack.com/services/T000/B000/SlackToken123";
  private static final String ROUTING_KEY = "R0ut1ngK3yOfTh3PagerDutyServic3A";
  private static final String SECRET = "3f1c0a9e5b7d4e2f8a6c1b0d9e8f7a6b5c4d3e2f1a0b";

  private static List<String> refusedFields(AlertChannelRequest request) {
    InvalidInputException refused = catchThrowableOfType(request::checked, InvalidInputException.class);
    assertThat(refused).as("refused: %s", request).isNotNull();
    return refused.errors().stream().map(FieldError::field).toList();
  }

  private static AlertChannelRequest teams(String url) {
    return new AlertChannelRequest("TEAMS", "On-call Teams channel", url, null, null);
  }

  @Test
  void aTeamsWebhookIsAccepted() {
    AlertChannelRequest.Checked checked = teams(TEAMS_URL).checked();

    assertThat(checked.kind()).isEqualTo(AlertChannelKind.TEAMS);
    assertThat(checked.name()).isEqualTo("On-call Teams channel");
    assertThat(checked.address()).isEqualTo(TEAMS_URL);
    assertThat(checked.secret()).isNull();
  }

  @Test
  void aMissingKindIsRequired() {
    for (String kind : new String[] {null, "", "  "}) {
      assertThat(refusedFields(new AlertChannelRequest(kind, "Ops", SLACK_URL, null, null)))
          .containsExactly("kind");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"EMAIL", "teams", "Slack", "WEBHOOK", "SIGNED-JSON"})
  void anUnknownKindIsRefused(String kind) {
    assertThat(refusedFields(new AlertChannelRequest(kind, "Ops", SLACK_URL, null, null))).containsExactly("kind");
  }

  @Test
  void aKindIsReadWithoutSurroundingSpaces() {
    assertThat(new AlertChannelRequest(" SLACK ", "Ops", SLACK_URL, null, null).checked().kind())
        .isEqualTo(AlertChannelKind.SLACK);
  }

  @Test
  void anUnknownKindAndABadNameAreBothNamed() {
    assertThat(refusedFields(new AlertChannelRequest("FAX", " ", SLACK_URL, null, null)))
        .containsExactlyInAnyOrder("kind", "name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t"})
  void aBlankNameIsRequired(String name) {
    assertThat(refusedFields(new AlertChannelRequest("SLACK", name, SLACK_URL, null, null))).containsExactly("name");
  }

  @Test
  void aMissingNameIsRequired() {
    assertThat(refusedFields(new AlertChannelRequest("SLACK", null, SLACK_URL, null, null))).containsExactly("name");
  }

  @Test
  void aNameOfTwoLinesIsRefused() {
    assertThat(refusedFields(new AlertChannelRequest("SLACK", "On-call\nSlack", SLACK_URL, null, null)))
        .containsExactly("name");
  }

  @Test
  void aNameBrokenByACarriageReturnIsRefused() {
    assertThat(refusedFields(new AlertChannelRequest("SLACK", "On-call\rSlack", SLACK_URL, null, null)))
        .containsExactly("name");
  }

  @Test
  void aNameWithControlCharactersIsRefused() {
    assertThat(refusedFields(new AlertChannelRequest("SLACK", "On-call\u0000Slack", SLACK_URL, null, null)))
        .containsExactly("name");
    assertThat(refusedFields(new AlertChannelRequest("SLACK", "On-call \u202Ekcals", SLACK_URL, null, null)))
        .containsExactly("name");
  }

  @Test
  void aNameIsAtMostOneHundredCharacters() {
    assertThat(new AlertChannelRequest("SLACK", "a".repeat(100), SLACK_URL, null, null).checked().name())
        .hasSize(100);
    assertThat(refusedFields(new AlertChannelRequest("SLACK", "a".repeat(101), SLACK_URL, null, null)))
        .containsExactly("name");
  }

  @Test
  void aNameIsStrippedOfSurroundingSpaces() {
    assertThat(new AlertChannelRequest("SLACK", "  Ops room  ", SLACK_URL, null, null).checked().name())
        .isEqualTo("Ops room");
  }

  @Test
  void teamsAndSlackNeedAUrl() {
    for (String kind : new String[] {"TEAMS", "SLACK"}) {
      for (String url : new String[] {null, "", "  "}) {
        assertThat(refusedFields(new AlertChannelRequest(kind, "Ops", url, null, null))).containsExactly("url");
      }
    }
  }

  @Test
  void signedJsonNeedsAUrl() {
    assertThat(refusedFields(new AlertChannelRequest("SIGNED_JSON", "Ops", null, null, SECRET)))
        .containsExactly("url");
  }

  @Test
  void everyWrongFieldIsNamedAtOnce() {
    assertThat(refusedFields(new AlertChannelRequest("SIGNED_JSON", "", "http://example.com/hook", null, "short")))
        .containsExactlyInAnyOrder("name", "url", "secret");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://hooks.slack.com/services/T/B/X", "http://example.com/hook", "http://10.0.0.5/hook",
      "http://192.168.1.20:8080/hook", "http://localhost.example.com/hook", "http://127.0.0.1.nip.io/hook",
      "http://[::2]/hook", "http://0.0.0.0/hook"})
  void httpToAnotherMachineIsRefused(String url) {
    assertThat(refusedFields(teams(url))).containsExactly("url");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8099/x", "http://[::1]:80/", "http://localhost/", "http://LOCALHOST:9000/x",
      "HTTP://127.0.0.1/x"})
  void httpToThisMachineIsAccepted(String url) {
    assertThat(teams(url).checked().address()).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://hooks.example.com/x", "hooks.slack.com/services/T/B/X", "//hooks.slack.com/x",
      "https:///path", "mailto:ops@example.com", "https://exa mple.com/x", "not a url"})
  void whatIsNotAnHttpsUrlIsRefused(String url) {
    assertThat(refusedFields(teams(url))).containsExactly("url");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://user:password@hooks.slack.com/services/T/B/X", "https://token@hooks.example.com/x",
      "http://user@127.0.0.1/x"})
  void aUrlWithUserInfoIsRefused(String url) {
    assertThat(refusedFields(teams(url))).containsExactly("url");
  }

  @Test
  void aUrlIsAtMostOneThousandCharacters() {
    String base = "https://hooks.example.com/";
    assertThat(teams(base + "a".repeat(1000 - base.length())).checked().address()).hasSize(1000);
    assertThat(refusedFields(teams(base + "a".repeat(1001 - base.length())))).containsExactly("url");
  }

  @Test
  void aHostTooLongToBeANameIsRefused() {
    String url = "https://" + "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60)
        + "." + "e".repeat(60) + ".example.com/hook";
    assertThat(refusedFields(teams(url))).containsExactly("url");
  }

  @Test
  void pagerDutyWithoutUrlGoesToTheEventsApi() {
    for (String url : new String[] {null, "", " "}) {
      AlertChannelRequest.Checked checked =
          new AlertChannelRequest("PAGERDUTY", "On-call", url, ROUTING_KEY, null).checked();

      assertThat(checked.address()).isEqualTo("https://events.pagerduty.com/v2/enqueue");
      assertThat(checked.shownAddress()).isEqualTo("https://events.pagerduty.com");
      assertThat(checked.secret()).isEqualTo(ROUTING_KEY);
    }
  }

  @Test
  void pagerDutyKeepsTheEuEndpoint() {
    AlertChannelRequest.Checked checked = new AlertChannelRequest("PAGERDUTY", "On-call",
        "https://events.eu.pagerduty.com/v2/enqueue", ROUTING_KEY, null).checked();

    assertThat(checked.address()).isEqualTo("https://events.eu.pagerduty.com/v2/enqueue");
  }

  @Test
  void pagerDutysRoutingKeyIsStripped() {
    assertThat(new AlertChannelRequest("PAGERDUTY", "On-call", null, "  " + ROUTING_KEY + "\n", null).checked()
        .secret()).isEqualTo(ROUTING_KEY);
  }

  @Test
  void pagerDutyNeedsAThirtyTwoCharacterAlphanumericRoutingKey() {
    assertThat(ROUTING_KEY).hasSize(32);
    for (String key : new String[] {null, "", "  ", ROUTING_KEY.substring(1), ROUTING_KEY + "B",
        ROUTING_KEY.substring(1) + "-", ROUTING_KEY.substring(1) + "é", ROUTING_KEY.substring(2) + " x"}) {
      InvalidInputException refused = catchThrowableOfType(
          () -> new AlertChannelRequest("PAGERDUTY", "On-call", null, key, null).checked(),
          InvalidInputException.class);

      assertThat(refused.errors()).extracting(FieldError::field).as("routing key %s", key)
          .containsExactly("routingKey");
      if (key != null && !key.isBlank()) {
        assertThat(refused.getMessage()).doesNotContain(key.strip());
      }
    }
  }

  @Test
  void signedJsonTakesASecretOfThirtyTwoToTwoHundredPrintableCharacters() {
    for (String secret : new String[] {"a".repeat(32), "!".repeat(32), "~".repeat(200), SECRET}) {
      assertThat(new AlertChannelRequest("SIGNED_JSON", "SIEM", "https://siem.example.com/hook", null, secret)
          .checked().secret()).isEqualTo(secret);
    }
  }

  @Test
  void signedJsonRefusesAnyOtherSecret() {
    for (String secret : new String[] {null, "", "a".repeat(31), "a".repeat(201), "a".repeat(20) + " " + "a".repeat(20),
        "a".repeat(20) + "\t" + "a".repeat(20), "a".repeat(40) + "é", "a".repeat(40) + "\u007f", " " + "a".repeat(32),
        "a".repeat(32) + "\n"}) {
      InvalidInputException refused = catchThrowableOfType(() -> new AlertChannelRequest("SIGNED_JSON", "SIEM",
          "https://siem.example.com/hook", null, secret).checked(), InvalidInputException.class);

      assertThat(refused).as("secret %s", secret).isNotNull();
      assertThat(refused.errors()).extracting(FieldError::field).containsExactly("secret");
      if (secret != null && !secret.isEmpty()) {
        assertThat(refused.getMessage()).doesNotContain(secret.strip());
      }
    }
  }

  @Test
  void teamsAndSlackKeepNoSecret() {
    assertThat(new AlertChannelRequest("SLACK", "Ops", SLACK_URL, ROUTING_KEY, SECRET).checked().secret()).isNull();
  }

  @Test
  void theShownAddressIsSchemeAndHostOnly() {
    assertThat(new AlertChannelRequest("SLACK", "Ops", SLACK_URL, null, null).checked().shownAddress())
        .isEqualTo("https://hooks.slack.com");
    assertThat(teams(TEAMS_URL).checked().shownAddress()).isEqualTo("https://prod-42.westus.logic.azure.com:443");
    assertThat(teams("https://hooks.example.com?token=QueryToken#frag").checked().shownAddress())
        .isEqualTo("https://hooks.example.com");
    assertThat(teams("http://127.0.0.1:8099/x/PathToken").checked().shownAddress()).isEqualTo("http://127.0.0.1:8099");
    assertThat(teams("http://[::1]:80/").checked().shownAddress()).isEqualTo("http://[::1]:80");
  }

  @Test
  void theShownAddressCarriesNoToken() {
    for (String url : new String[] {SLACK_URL, TEAMS_URL, "https://hooks.example.com/hook/PathToken?key=QueryToken"}) {
      String shown = teams(url).checked().shownAddress();

      assertThat(shown).doesNotContain("?", "#", "Token", "sig=", "services", "workflows").startsWith("https://")
          .satisfies(text -> assertThat(text.substring("https://".length())).doesNotContain("/"));
    }
  }

  @Test
  void toStringShowsNoUrlKeyOrSecret() {
    AlertChannelRequest slack = new AlertChannelRequest("SLACK", "Ops", SLACK_URL, ROUTING_KEY, SECRET);
    AlertChannelRequest pagerDuty = new AlertChannelRequest("PAGERDUTY", "On-call", null, ROUTING_KEY, null);
    AlertChannelRequest signed = new AlertChannelRequest("SIGNED_JSON", "SIEM", "https://siem.example.com/hook/Tok9",
        null, SECRET);

    for (AlertChannelRequest request : List.of(slack, pagerDuty, signed)) {
      assertThat(request.toString()).contains(request.kind(), request.name())
          .doesNotContain(ROUTING_KEY, SECRET, SLACK_URL, "SlackToken123", "/hook/Tok9", "siem.example.com/hook");
      AlertChannelRequest.Checked checked = request.checked();
      assertThat(checked.toString()).contains(checked.name(), checked.shownAddress())
          .doesNotContain(ROUTING_KEY, SECRET, checked.address(), "SlackToken123", "/hook/Tok9", "/v2/enqueue");
    }
  }
}

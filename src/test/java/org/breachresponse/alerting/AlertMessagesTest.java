package org.breachresponse.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each channel's body, in the shape its vendor documents, and nothing but the alert's own fields. */
class AlertMessagesTest {

  private static final URI LINK = URI.create("http://localhost:8080/camunda/app/tasklist/default/#/?task=abc");
  private static final Instant DUE = Instant.parse("2026-12-06T21:05:00Z");
  private static final Instant AT = Instant.parse("2026-12-06T20:05:00Z");
  private static final String ROUTING_KEY = "R0ut1ngK3yOfTh3PagerDutyServic3A";
  private static final String DELIVERY_ID = "2b7e1a4c-0d3f-4c11-9a55-6f2b8e9d0c01";

  private static Alert raised(String practiceName) {
    return new Alert(AlertAction.RAISED, ResponseStep.CONFIRM_BREACH, "bright-smiles", practiceName, "BR-2026-0007",
        List.of("UNUSUAL_NETWORK_ACTIVITY", "OTHER"), DUE, LINK, null, null, AT);
  }

  private static final Alert RAISED = raised("Bright Smiles & Co");
  private static final Alert RESOLVED = new Alert(AlertAction.RESOLVED, ResponseStep.CONFIRM_BREACH, "bright-smiles",
      "Bright Smiles & Co", "BR-2026-0007", List.of("UNUSUAL_NETWORK_ACTIVITY", "OTHER"), null, LINK, "confirmed", null, AT);

  @Test
  void theAlertSaysWhatHappenedInOneLine() {
    assertThat(RAISED.summary()).isEqualTo(
        "Suspected breach BR-2026-0007 at Bright Smiles & Co: Confirm the breach by 2026-12-06T21:05:00Z");
    assertThat(RESOLVED.summary()).isEqualTo("Breach BR-2026-0007 at Bright Smiles & Co confirmed: Confirm the breach done");
    assertThat(RAISED.signLabels()).containsExactly("Unusual network activity", "Other");
    assertThat(RAISED.dedupKey()).isEqualTo("breach-response/bright-smiles/BR-2026-0007/confirmBreach");
  }

  @Test
  void teamsGetsAMessageWithOneAdaptiveCard() {
    JsonObject message = AlertMessages.teams(RAISED);

    assertThat(message.keySet()).containsExactlyInAnyOrder("type", "attachments");
    assertThat(message.getString("type")).isEqualTo("message");
    JsonArray attachments = message.getJsonArray("attachments");
    assertThat(attachments).hasSize(1);
    JsonObject attachment = attachments.getJsonObject(0);
    assertThat(attachment.keySet()).containsExactlyInAnyOrder("contentType", "content");
    assertThat(attachment.getString("contentType")).isEqualTo("application/vnd.microsoft.card.adaptive");

    JsonObject card = attachment.getJsonObject("content");
    assertThat(card.keySet()).containsExactlyInAnyOrder("$schema", "type", "version", "body", "actions");
    assertThat(card.getString("type")).isEqualTo("AdaptiveCard");
    assertThat(card.getString("version")).matches("1\\.[0-9]");
    JsonArray body = card.getJsonArray("body");
    assertThat(body).isNotEmpty();
    JsonObject title = body.getJsonObject(0);
    assertThat(title.getString("type")).isEqualTo("TextBlock");
    assertThat(title.getString("text")).isEqualTo(RAISED.summary());
    assertThat(body.getValuesAs(JsonObject.class)).extracting(block -> block.getString("type"))
        .containsExactly("TextBlock", "FactSet");
    JsonArray facts = body.getJsonObject(1).getJsonArray("facts");
    assertThat(facts.getValuesAs(JsonObject.class)).extracting(fact -> fact.getString("title"))
        .containsExactly("Practice", "Incident", "Signs", "Step", "Target");
    assertThat(facts.getValuesAs(JsonObject.class)).extracting(fact -> fact.getString("value"))
        .containsExactly("Bright Smiles & Co", "BR-2026-0007", "Unusual network activity, Other", "Confirm the breach",
            "2026-12-06T21:05:00Z");

    JsonArray actions = card.getJsonArray("actions");
    assertThat(actions).hasSize(1);
    assertThat(actions.getJsonObject(0).getString("type")).isEqualTo("Action.OpenUrl");
    assertThat(actions.getJsonObject(0).getString("url")).isEqualTo(LINK.toString());
  }

  @Test
  void teamsLeavesOutTheTargetOfAStepWithoutOne() {
    JsonArray facts = AlertMessages.teams(RESOLVED).getJsonArray("attachments").getJsonObject(0)
        .getJsonObject("content").getJsonArray("body").getJsonObject(1).getJsonArray("facts");

    assertThat(facts.getValuesAs(JsonObject.class)).extracting(fact -> fact.getString("title"))
        .containsExactly("Practice", "Incident", "Signs", "Step");
  }

  @Test
  void slackGetsTextAndASectionBlockOfMrkdwn() {
    JsonObject message = AlertMessages.slack(RAISED);

    assertThat(message.keySet()).containsExactlyInAnyOrder("text", "blocks");
    assertThat(message.getString("text")).startsWith("Suspected breach BR-2026-0007 at Bright Smiles")
        .endsWith(": Confirm the breach by 2026-12-06T21:05:00Z");
    JsonArray blocks = message.getJsonArray("blocks");
    assertThat(blocks).hasSize(1);
    JsonObject section = blocks.getJsonObject(0);
    assertThat(section.keySet()).containsExactlyInAnyOrder("type", "text");
    assertThat(section.getString("type")).isEqualTo("section");
    JsonObject text = section.getJsonObject("text");
    assertThat(text.keySet()).containsExactlyInAnyOrder("type", "text");
    assertThat(text.getString("type")).isEqualTo("mrkdwn");
    assertThat(text.getString("text"))
        .contains("Bright Smiles &amp; Co", "BR-2026-0007", "Confirm the breach", "Unusual network activity, Other")
        .contains("<" + LINK + "|Open in the Tasklist>")
        .doesNotContain("Smiles & Co");
  }

  @Test
  void slackEscapesAmpersandAndAngleBracketsOfThePracticeName() {
    String text = AlertMessages.slack(raised("Bright <Smiles> & Co")).getJsonArray("blocks").getJsonObject(0)
        .getJsonObject("text").getString("text");

    assertThat(text).contains("Bright &lt;Smiles&gt; &amp; Co").doesNotContain("<Smiles>", "> &", "& Co");
    assertThat(AlertMessages.slackEscape("a & b < c > d &amp;")).isEqualTo("a &amp; b &lt; c &gt; d &amp;amp;");
  }

  @Test
  void slackEscapesTheTopLevelTextToo() {
    Alert alert = raised("Bright <Smiles> & Co");

    assertThat(AlertMessages.slack(alert).getString("text")).isEqualTo(AlertMessages.slackEscape(alert.summary()));
  }

  @Test
  void pagerDutyGetsAnEventsV2Trigger() {
    JsonObject event = AlertMessages.pagerDuty(RAISED, ROUTING_KEY, "localhost");

    assertThat(event.keySet()).containsExactlyInAnyOrder("routing_key", "event_action", "dedup_key", "payload",
        "links", "client", "client_url");
    assertThat(event.getString("routing_key")).isEqualTo(ROUTING_KEY);
    assertThat(event.getString("event_action")).isEqualTo("trigger");
    assertThat(event.getString("dedup_key")).isEqualTo("breach-response/bright-smiles/BR-2026-0007/confirmBreach");
    JsonObject payload = event.getJsonObject("payload");
    assertThat(payload.keySet()).containsExactlyInAnyOrder("summary", "source", "severity", "timestamp", "component",
        "group", "class", "custom_details");
    assertThat(payload.getString("summary")).isEqualTo(RAISED.summary());
    assertThat(payload.getString("source")).isEqualTo("localhost");
    assertThat(payload.getString("severity")).isEqualTo("critical");
    assertThat(payload.getString("timestamp")).isEqualTo("2026-12-06T20:05:00Z");
    assertThat(payload.getString("component")).isEqualTo("Bright Smiles & Co");
    assertThat(payload.getString("group")).isEqualTo("bright-smiles");
    assertThat(payload.getJsonObject("custom_details").keySet())
        .containsExactlyInAnyOrder("practice", "incident", "signs", "step", "target");
    assertThat(payload.getJsonObject("custom_details").getString("signs")).isEqualTo("Unusual network activity, Other");
    JsonArray links = event.getJsonArray("links");
    assertThat(links).hasSize(1);
    assertThat(links.getJsonObject(0).getString("href")).isEqualTo(LINK.toString());
    assertThat(event.getString("client_url")).isEqualTo(LINK.toString());
  }

  @Test
  void pagerDutysSummaryIsCutToOneThousandTwentyFourCharacters() {
    Alert longName = raised("B".repeat(1100));
    assertThat(longName.summary()).hasSizeGreaterThan(1024);

    String summary = AlertMessages.pagerDuty(longName, ROUTING_KEY, "localhost").getJsonObject("payload")
        .getString("summary");

    assertThat(summary).hasSize(AlertMessages.PAGERDUTY_SUMMARY).hasSize(1024)
        .isEqualTo(longName.summary().substring(0, 1024));
  }

  @Test
  void pagerDutyKeepsASummaryOfExactlyTheLimit() {
    String prefix = raised("").summary();
    Alert exact = raised("N".repeat(1024 - prefix.length()));
    assertThat(exact.summary()).hasSize(1024);

    assertThat(AlertMessages.pagerDuty(exact, ROUTING_KEY, "localhost").getJsonObject("payload").getString("summary"))
        .isEqualTo(exact.summary());
  }

  @Test
  void pagerDutyResolvesWithTheKeyAlone() {
    JsonObject event = AlertMessages.pagerDuty(RESOLVED, ROUTING_KEY, "localhost");

    assertThat(event.keySet()).containsExactlyInAnyOrder("routing_key", "dedup_key", "event_action");
    assertThat(event.getString("routing_key")).isEqualTo(ROUTING_KEY);
    assertThat(event.getString("event_action")).isEqualTo("resolve");
    assertThat(event.getString("dedup_key")).isEqualTo("breach-response/bright-smiles/BR-2026-0007/confirmBreach")
        .isEqualTo(AlertMessages.pagerDuty(RAISED, ROUTING_KEY, "localhost").getString("dedup_key"));
  }

  @Test
  void signedJsonReportsTheBreach() {
    JsonObject body = AlertMessages.signedJson(RAISED, DELIVERY_ID);

    assertThat(body.keySet()).containsExactlyInAnyOrder("event", "id", "sentAt", "practice", "incident", "step",
        "summary", "link");
    assertThat(body.getString("event")).isEqualTo("breach.reported");
    assertThat(body.getString("id")).isEqualTo(DELIVERY_ID);
    assertThat(body.getString("sentAt")).isEqualTo("2026-12-06T20:05:00Z");
    assertThat(body.getJsonObject("practice").keySet()).containsExactlyInAnyOrder("id", "name");
    assertThat(body.getJsonObject("practice").getString("id")).isEqualTo("bright-smiles");
    assertThat(body.getJsonObject("practice").getString("name")).isEqualTo("Bright Smiles & Co");
    JsonObject incident = body.getJsonObject("incident");
    assertThat(incident.keySet()).containsExactlyInAnyOrder("reference", "signs");
    assertThat(incident.getString("reference")).isEqualTo("BR-2026-0007");
    assertThat(incident.getJsonArray("signs").getValuesAs(JsonString.class)).extracting(JsonString::getString)
        .containsExactly("UNUSUAL_NETWORK_ACTIVITY", "OTHER");
    JsonObject step = body.getJsonObject("step");
    assertThat(step.keySet()).containsExactlyInAnyOrder("id", "name", "dueAt");
    assertThat(step.getString("id")).isEqualTo("confirmBreach");
    assertThat(step.getString("name")).isEqualTo("Confirm the breach");
    assertThat(step.getString("dueAt")).isEqualTo("2026-12-06T21:05:00Z");
    assertThat(body.getString("summary")).isEqualTo(RAISED.summary());
    assertThat(body.getString("link")).isEqualTo(LINK.toString());
  }

  @Test
  void signedJsonReportsTheTriageWithItsOutcome() {
    JsonObject body = AlertMessages.signedJson(RESOLVED, DELIVERY_ID);

    assertThat(body.keySet()).containsExactlyInAnyOrder("event", "id", "sentAt", "practice", "incident", "step",
        "summary", "link", "outcome");
    assertThat(body.getString("event")).isEqualTo("breach.triaged");
    assertThat(body.getString("outcome")).isEqualTo("confirmed");
    assertThat(body.getJsonObject("incident").getString("reference")).isEqualTo("BR-2026-0007");
    assertThat(body.getJsonObject("step").keySet()).containsExactlyInAnyOrder("id", "name");
    assertThat(body.getJsonObject("step").getString("id")).isEqualTo("confirmBreach");
    assertThat(body.getString("link")).isEqualTo(LINK.toString());
  }

  @Test
  void aLateStepSaysWhichStepWhenItWasDueAndWhoHoldsIt() {
    Alert late = new Alert(AlertAction.LATE, ResponseStep.SCOPE_BREACH, "bright-smiles", "Bright Smiles",
        "BR-2026-0007", List.of("MODIFIED_DATA"), DUE, LINK, null, "it-responder", AT);
    assertThat(late.summary()).isEqualTo("Target missed: Scope the breach of breach BR-2026-0007 at Bright Smiles was due "
        + DUE + " (claimed by it-responder)");
    JsonObject json = AlertMessages.signedJson(late, DELIVERY_ID);
    assertThat(json.getString("event")).isEqualTo("breach.step_late");
    assertThat(json.getString("heldBy")).isEqualTo("it-responder");
    assertThat(json.getJsonObject("step").getString("id")).isEqualTo("scopeBreach");
    JsonObject page = AlertMessages.pagerDuty(late, "R".repeat(32), "breach.example");
    assertThat(page.getString("event_action")).isEqualTo("trigger");
    assertThat(page.getString("dedup_key")).isEqualTo("breach-response/bright-smiles/BR-2026-0007/scopeBreach");
    Alert unclaimed = new Alert(AlertAction.LATE, ResponseStep.CONFIRM_BREACH, "bright-smiles", "Bright Smiles",
        "BR-2026-0007", List.of(), null, LINK, null, null, AT);
    assertThat(unclaimed.summary()).endsWith("was due within its target (nobody has claimed it)");
  }
}

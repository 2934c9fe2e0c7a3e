package org.breachresponse.alerting;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Each channel's request body, as its vendor documents it (docs/alerts.md has the sources):
 * <ul>
 *   <li>Teams, an incoming webhook of a Workflows flow: a {@code message} with one Adaptive Card attachment;</li>
 *   <li>Slack, an incoming webhook: {@code text} (the notification's fallback) and {@code blocks};</li>
 *   <li>PagerDuty Events API v2: {@code routing_key}, {@code event_action}, {@code dedup_key}, and for a trigger the
 *       {@code payload} with {@code summary}, {@code source} and {@code severity};</li>
 *   <li>our signed JSON: the alert's fields, which the signature covers.</li>
 * </ul>
 */
final class AlertMessages {

  /** PagerDuty's limit of {@code payload.summary}. */
  static final int PAGERDUTY_SUMMARY = 1024;

  private AlertMessages() {
  }

  static JsonObject teams(Alert alert) {
    JsonArrayBuilder facts = Json.createArrayBuilder()
        .add(fact("Practice", alert.practiceName()))
        .add(fact("Incident", alert.reference()))
        .add(fact("Signs", String.join(", ", alert.signLabels())))
        .add(fact("Step", alert.step().label()));
    if (alert.dueAt() != null) {
      facts.add(fact("Target", alert.dueAt().toString()));
    }
    JsonObject card = Json.createObjectBuilder()
        .add("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
        .add("type", "AdaptiveCard")
        .add("version", "1.4")
        .add("body", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("type", "TextBlock").add("text", alert.summary())
                .add("weight", "Bolder").add("wrap", true))
            .add(Json.createObjectBuilder().add("type", "FactSet").add("facts", facts)))
        .add("actions", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("type", "Action.OpenUrl").add("title", "Open in the Tasklist")
                .add("url", alert.link().toString())))
        .build();
    return Json.createObjectBuilder()
        .add("type", "message")
        .add("attachments", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("contentType", "application/vnd.microsoft.card.adaptive")
                .add("content", card)))
        .build();
  }

  static JsonObject slack(Alert alert) {
    String details = "*" + slackEscape(alert.summary()) + "*\nSigns: " + slackEscape(String.join(", ", alert.signLabels()))
        + "\n<" + alert.link() + "|Open in the Tasklist>";
    return Json.createObjectBuilder()
        .add("text", slackEscape(alert.summary()))
        .add("blocks", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("type", "section")
                .add("text", Json.createObjectBuilder().add("type", "mrkdwn").add("text", details))))
        .build();
  }

  static JsonObject pagerDuty(Alert alert, String routingKey, String source) {
    JsonObjectBuilder event = Json.createObjectBuilder()
        .add("routing_key", routingKey)
        .add("dedup_key", alert.dedupKey());
    if (alert.action() == AlertAction.RESOLVED) {
      return event.add("event_action", "resolve").build();
    }
    String summary = alert.summary();
    JsonObjectBuilder details = Json.createObjectBuilder()
        .add("practice", alert.practiceName())
        .add("incident", alert.reference())
        .add("signs", String.join(", ", alert.signLabels()))
        .add("step", alert.step().label());
    if (alert.dueAt() != null) {
      details.add("target", alert.dueAt().toString());
    }
    return event
        .add("event_action", "trigger")
        .add("payload", Json.createObjectBuilder()
            .add("summary", summary.length() > PAGERDUTY_SUMMARY ? summary.substring(0, PAGERDUTY_SUMMARY) : summary)
            .add("source", source)
            .add("severity", "critical")
            .add("timestamp", alert.at().toString())
            .add("component", alert.practiceName())
            .add("group", alert.practiceId())
            .add("class", "suspected data breach")
            .add("custom_details", details))
        .add("links", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("href", alert.link().toString()).add("text", "Open in the Tasklist")))
        .add("client", "Breach Response")
        .add("client_url", alert.link().toString())
        .build();
  }

  /** Our own JSON: what happened ({@code breach.reported}, {@code breach.triaged}), to which step, and a link. */
  static JsonObject signedJson(Alert alert, String deliveryId) {
    JsonObjectBuilder step = Json.createObjectBuilder().add("id", alert.step().field()).add("name", alert.step().label());
    if (alert.dueAt() != null) {
      step.add("dueAt", alert.dueAt().toString());
    }
    JsonObjectBuilder body = Json.createObjectBuilder()
        .add("event", switch (alert.action()) {
          case RAISED -> "breach.reported";
          case RESOLVED -> "breach.triaged";
          case LATE -> "breach.step_late";
        })
        .add("id", deliveryId)
        .add("sentAt", alert.at().toString())
        .add("practice", Json.createObjectBuilder().add("id", alert.practiceId()).add("name", alert.practiceName()))
        .add("incident", Json.createObjectBuilder().add("reference", alert.reference())
            .add("signs", Json.createArrayBuilder(alert.signs())))
        .add("step", step)
        .add("summary", alert.summary())
        .add("link", alert.link().toString());
    if (alert.outcome() != null) {
      body.add("outcome", alert.outcome());
    }
    if (alert.action() == AlertAction.LATE) {
      body.add("heldBy", alert.heldBy() == null ? "" : alert.heldBy());
    }
    return body.build();
  }

  /** Slack's three control characters in message text ({@code &}, {@code <}, {@code >}). */
  static String slackEscape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static JsonObject fact(String title, String value) {
    return Json.createObjectBuilder().add("title", title).add("value", value).build();
  }
}

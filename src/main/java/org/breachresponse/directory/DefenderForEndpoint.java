package org.breachresponse.directory;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.breachresponse.incident.Hostname;

/**
 * {@link EndpointProtection} through the Microsoft Defender for Endpoint API (docs/platform-notes.md,
 * 'Microsoft Defender for Endpoint'; https://learn.microsoft.com/en-GB/defender-endpoint/api/isolate-machine ).
 *
 * <ol>
 *   <li>An app-only token from Entra ID: client credentials with scope
 *       {@value #SCOPE}; the app needs the Machine.Isolate and Machine.Read.All permissions.</li>
 *   <li>The machine id: {@code GET /api/machines?$filter=computerDnsName eq '<name>'}. Several records
 *       with the same name (a reinstalled machine) resolve to the one seen last.</li>
 *   <li>{@code POST /api/machines/{id}/isolate} with {@code {"Comment", "IsolationType": "Full"}}, or
 *       {@code POST /api/machines/{id}/unisolate} with {@code {"Comment"}}. Defender answers 201 with a
 *       MachineAction that completes when the agent checks in; we do not poll it.</li>
 * </ol>
 *
 * <p><b>Idempotency, an assumption:</b> Defender's documentation does not say what a repeated request
 * returns. Reported behaviour (MicrosoftDocs/microsoft-365-docs issues #5903 and #5904) is either the
 * pending MachineAction again or HTTP 400 "Action is already in progress"; we treat both, and any 400 whose
 * error says the machine is already (un)isolated, as success.
 */
public final class DefenderForEndpoint implements EndpointProtection {

  static final String SCOPE = "https://api.securitycenter.microsoft.com/.default";
  private static final String VENDOR = "Defender for Endpoint";
  private static final Logger LOG = Logger.getLogger(DefenderForEndpoint.class.getName());

  private final URI apiBase;
  private final EdrHttp http;

  /** @param clock the application's clock, for the access token's expiry */
  public DefenderForEndpoint(EdrSettings settings, Clock clock) {
    this(settings, EdrHttp.defaultClient(), clock);
  }

  DefenderForEndpoint(EdrSettings settings, HttpClient client, Clock clock) {
    this.apiBase = settings.apiBase();
    this.http = new EdrHttp(client, new ClientCredentialsToken(client, settings.tokenUrl(),
        Map.of("grant_type", "client_credentials", "client_id", settings.clientId(),
            "client_secret", settings.clientSecret(), "scope", SCOPE), VENDOR, clock), VENDOR);
  }

  @Override
  public ConnectionCheck check() {
    return http.checkToken();
  }

  @Override
  public void isolate(Hostname machine, String comment) {
    act(machine, "isolate", Json.createObjectBuilder().add("Comment", required(comment))
        .add("IsolationType", "Full").build());
  }

  @Override
  public void release(Hostname machine, String comment) {
    act(machine, "unisolate", Json.createObjectBuilder().add("Comment", required(comment)).build());
  }

  /** The OData filter for a DNS name; a single quote inside a string literal is doubled (OData ABNF). */
  static String machineFilter(String dnsName) {
    return "computerDnsName eq '" + dnsName.replace("'", "''") + "'";
  }

  private void act(Hostname machine, String action, JsonObject body) {
    String id = machineId(machine);
    EdrHttp.Answer answer =
        http.postJson(EdrHttp.uri(apiBase, "/api/machines/" + EdrHttp.queryValue(id) + "/" + action), body);
    if (answer.status() == 404) {
      throw new DirectoryTargetNotFoundException(VENDOR + " no longer knows machine " + machine.value());
    }
    if (answer.status() == 400 && alreadyDone(answer.errorText())) {
      LOG.info(() -> VENDOR + ": " + action + " of " + machine.value() + " already pending or done");
      return;
    }
    JsonObject machineAction = http.expectOk(answer, action + " machine " + machine.value());
    LOG.info(() -> VENDOR + ": " + action + " of " + machine.value() + " requested, machine action "
        + machineAction.getString("id", "?") + " " + machineAction.getString("status", ""));
  }

  private String machineId(Hostname machine) {
    URI query =
        EdrHttp.uri(apiBase, "/api/machines?$filter=" + EdrHttp.queryValue(machineFilter(machine.value())));
    JsonObject found = http.expectOk(http.get(query), "look up machine " + machine.value());
    return found.getJsonArray("value") == null ? notFound(machine)
        : found.getJsonArray("value").stream().filter(v -> v instanceof JsonObject).map(JsonValue::asJsonObject)
            .max(Comparator.comparing(m -> m.getString("lastSeen", ""))) // ISO-8601 UTC: text order is time order
            .map(m -> m.getString("id")).orElseGet(() -> notFound(machine));
  }

  private static String notFound(Hostname machine) {
    throw new DirectoryTargetNotFoundException(VENDOR + " has no machine named " + machine.value());
  }

  private static boolean alreadyDone(String errorText) {
    String text = errorText.toLowerCase(Locale.ROOT);
    return text.contains("activerequestalreadyexists") || text.contains("already in progress")
        || text.contains("already isolated") || text.contains("already unisolated") || text.contains("not isolated");
  }

  static String required(String comment) {
    if (comment == null || comment.isBlank()) {
      throw new IllegalArgumentException("a comment is required: the vendor records why a machine was isolated");
    }
    return comment;
  }
}

package org.breachresponse.directory;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.breachresponse.incident.Hostname;

/**
 * {@link EndpointProtection} through the CrowdStrike Falcon Hosts API (docs/platform-notes.md, 'CrowdStrike
 * Falcon'; https://github.com/CrowdStrike/psfalcon/wiki/Invoke-FalconHostAction ). The API client needs the
 * Hosts read and write scopes.
 *
 * <ol>
 *   <li>A token from {@code POST /oauth2/token} (form {@code client_id}, {@code client_secret}).</li>
 *   <li>The device ids (AIDs): {@code GET /devices/queries/devices/v1?filter=hostname:'<name>'} (FQL).
 *       Several AIDs with the same name (a reinstalled sensor) are all acted on: containing a stale one
 *       does no harm, missing the live one would.</li>
 *   <li>{@code POST /devices/entities/devices-actions/v2?action_name=contain} (or
 *       {@code lift_containment}) with {@code {"ids": [...]}}; Falcon answers 202 with the
 *       {@code resources}/{@code errors} envelope.</li>
 * </ol>
 *
 * <p><b>Idempotency, an assumption:</b> the sources do not say what Falcon answers when a contained host
 * is contained again. We treat 2xx, 409, and any refusal whose errors say "already", as success.
 */
public final class CrowdStrikeFalcon implements EndpointProtection {

  private static final String VENDOR = "CrowdStrike Falcon";
  private static final Logger LOG = Logger.getLogger(CrowdStrikeFalcon.class.getName());

  private final URI apiBase;
  private final EdrHttp http;

  /** @param clock the application's clock, for the access token's expiry */
  public CrowdStrikeFalcon(EdrSettings settings, Clock clock) {
    this(settings, EdrHttp.defaultClient(), clock);
  }

  CrowdStrikeFalcon(EdrSettings settings, HttpClient client, Clock clock) {
    this.apiBase = settings.apiBase();
    this.http = new EdrHttp(client, new ClientCredentialsToken(client, settings.tokenUrl(),
        Map.of("client_id", settings.clientId(), "client_secret", settings.clientSecret()), VENDOR, clock), VENDOR);
  }

  @Override
  public ConnectionCheck check() {
    return http.checkToken();
  }

  @Override
  public void isolate(Hostname machine, String comment) {
    act(machine, "contain", DefenderForEndpoint.required(comment));
  }

  @Override
  public void release(Hostname machine, String comment) {
    act(machine, "lift_containment", DefenderForEndpoint.required(comment));
  }

  /** The FQL filter for a host name: a string literal in single quotes, backslash-escaped. */
  static String hostFilter(String hostname) {
    return "hostname:'" + hostname.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** {@code comment} is only logged: the v2 action takes no comment (Falcon records the API client). */
  private void act(Hostname machine, String action, String comment) {
    JsonArray ids = deviceIds(machine);
    EdrHttp.Answer answer = http.postJson(
        EdrHttp.uri(apiBase, "/devices/entities/devices-actions/v2?action_name=" + action),
        Json.createObjectBuilder().add("ids", ids).build());
    if (answer.status() == 404) {
      throw new DirectoryTargetNotFoundException(VENDOR + " no longer knows host " + machine.value());
    }
    if (answer.status() == 409 || answer.errorText().toLowerCase(Locale.ROOT).contains("already")) {
      LOG.info(() -> VENDOR + ": " + action + " of " + machine.value() + " already done");
      return;
    }
    http.expectOk(answer, action + " host " + machine.value());
    LOG.info(() -> VENDOR + ": " + action + " of " + machine.value() + " (" + ids.size() + " device ids) accepted; "
        + comment);
  }

  private JsonArray deviceIds(Hostname machine) {
    URI query = EdrHttp.uri(apiBase, "/devices/queries/devices/v1?filter="
        + EdrHttp.queryValue(hostFilter(machine.value())));
    JsonArray ids = http.expectOk(http.get(query), "look up host " + machine.value()).getJsonArray("resources");
    if (ids == null || ids.isEmpty() || !(ids.get(0) instanceof JsonString)) {
      throw new DirectoryTargetNotFoundException(VENDOR + " has no host named " + machine.value());
    }
    return ids;
  }
}

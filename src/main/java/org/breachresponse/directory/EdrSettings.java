package org.breachresponse.directory;

import java.net.URI;
import java.util.Locale;

/**
 * How to reach the practice's EDR vendor, from the {@code breach.edr.*} system properties. Request shapes
 * and regional hosts: docs/platform-notes.md, 'Microsoft Defender for Endpoint' and
 * 'CrowdStrike Falcon'.
 *
 * @param kind         which adapter: defender-for-endpoint, crowdstrike-falcon, or none (isolation by hand)
 * @param apiBase      {@code https://api.securitycenter.microsoft.com} (or a regional host) for Defender;
 *                     {@code https://api.crowdstrike.com} (or api.us-2 / api.eu-1 …) for Falcon
 * @param tokenUrl     where client credentials are exchanged for a bearer token
 * @param clientId     the API client's id (Defender: the Entra app registration)
 * @param clientSecret its secret; never logged, never part of {@link #toString()}
 */
public record EdrSettings(Kind kind, URI apiBase, URI tokenUrl, String clientId, String clientSecret) {

  static final String DEFENDER_API = "https://api.securitycenter.microsoft.com";
  static final String ENTRA_LOGIN = "https://login.microsoftonline.com";
  static final String FALCON_API = "https://api.crowdstrike.com";

  /** The EDR products we have adapters for. */
  public enum Kind {
    DEFENDER_FOR_ENDPOINT, CROWDSTRIKE_FALCON, NONE;

    public static Kind parse(String text) {
      return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  /**
   * Reads {@code breach.edr.kind}, {@code .api-base}, {@code .client-id}, {@code .client-secret} and the
   * token URL: {@code .token-url} if set, else for Defender the Entra endpoint
   * {@code {.login-base}/{.tenant}/oauth2/v2.0/token}, for Falcon {@code {api-base}/oauth2/token}.
   */
  public static EdrSettings fromSystemProperties() {
    String token = property("token-url", "");
    if (token.isBlank()) {
      Kind kind = Kind.parse(property("kind", "none"));
      if (kind != Kind.CROWDSTRIKE_FALCON) {
        token = trimSlash(property("login-base", ENTRA_LOGIN)) + "/" + property("tenant", "") + "/oauth2/v2.0/token";
      }
    }
    return of(Kind.parse(property("kind", "none")), property("api-base", ""), token, null,
        property("client-id", ""), property("client-secret", ""));
  }

  /**
   * From a practice's stored settings: {@code apiBase} blank means the vendor's default host; {@code tokenUrl}
   * blank means, for Defender, the Entra endpoint of {@code tenant}, for Falcon {@code {apiBase}/oauth2/token}.
   */
  public static EdrSettings of(Kind kind, String apiBase, String tokenUrl, String tenant, String clientId,
      String clientSecret) {
    String api = trimSlash(blank(apiBase) ? (kind == Kind.CROWDSTRIKE_FALCON ? FALCON_API : DEFENDER_API) : apiBase.strip());
    String token = blank(tokenUrl)
        ? (kind == Kind.CROWDSTRIKE_FALCON ? api + "/oauth2/token"
            : ENTRA_LOGIN + "/" + (tenant == null ? "" : tenant.strip()) + "/oauth2/v2.0/token")
        : tokenUrl.strip();
    return new EdrSettings(kind, URI.create(api), URI.create(token), clientId == null ? "" : clientId.strip(),
        clientSecret == null ? "" : clientSecret);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** A {@code breach.edr.*} property; blank counts as unset (wildfly-config/edr.cli sets every one). */
  private static String property(String name, String fallback) {
    String value = System.getProperty("breach.edr." + name, "");
    return value.isBlank() ? fallback : value.trim();
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  @Override
  public String toString() {
    return "EdrSettings[" + kind + " " + apiBase + " as " + clientId + "]";
  }
}

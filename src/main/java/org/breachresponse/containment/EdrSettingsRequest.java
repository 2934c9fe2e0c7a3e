package org.breachresponse.containment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.breachresponse.directory.EdrSettings;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.practice.EdrConnection;

/**
 * The body of {@code PUT /practices/{id}/edr}. {@code clientSecret} is write-only: left out, the stored one
 * is kept; it is never part of {@link #toString()}. {@code apiBase} and {@code tokenUrl} may be null: the
 * vendor's default host, and for Defender the Entra token endpoint of {@code tenant}.
 */
public record EdrSettingsRequest(String kind, String tenant, String clientId, String clientSecret, String apiBase,
    String tokenUrl) {

  private static final int TENANT_LENGTH = 100;
  private static final int CLIENT_ID_LENGTH = 200;

  /**
   * The connection to store, every field checked.
   *
   * @param secretStored whether the practice already has a client secret, which a left-out one keeps
   * @throws InvalidInputException naming every wrong field
   */
  EdrConnection validated(boolean secretStored) {
    List<FieldError> errors = new ArrayList<>();
    IntegrationFields fields = new IntegrationFields(errors);
    EdrSettings.Kind chosen = fields.kind(kind, EdrSettings.Kind.class);
    if (chosen == null) {
      InvalidInputException.ifAny(errors);
    }
    if (chosen == EdrSettings.Kind.NONE) {
      return new EdrConnection(chosen.name(), null, null, null, null);
    }
    if (chosen == EdrSettings.Kind.DEFENDER_FOR_ENDPOINT && blank(tokenUrl)) {
      fields.required("tenant", tenant);
    }
    fields.name("tenant", tenant, TENANT_LENGTH);
    if (fields.required("clientId", clientId)) {
      fields.length("clientId", clientId, CLIENT_ID_LENGTH);
    }
    fields.secret("clientSecret", clientSecret, secretStored);
    fields.url("apiBase", apiBase, false, Set.of("https"));
    fields.url("tokenUrl", tokenUrl, false, Set.of("https"));
    InvalidInputException.ifAny(errors);
    return new EdrConnection(chosen.name(), stripped(apiBase), stripped(tokenUrl), stripped(tenant),
        clientId.strip());
  }

  /** The new secret to seal, or null to keep the stored one (and for kind NONE, which needs none). */
  String newSecret() {
    return "NONE".equals(kind == null ? null : kind.strip()) ? null : clientSecret;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String stripped(String text) {
    return blank(text) ? null : text.strip();
  }

  @Override
  public String toString() {
    return "EdrSettingsRequest[" + kind + " " + apiBase + " as " + clientId + "]";
  }
}

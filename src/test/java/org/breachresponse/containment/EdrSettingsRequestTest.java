package org.breachresponse.containment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.breachresponse.input.InvalidInputException;
import org.breachresponse.practice.EdrConnection;
import org.junit.jupiter.api.Test;

/** {@code PUT /practices/{id}/edr}'s checks, one field at a time. */
class EdrSettingsRequestTest {

  private static final String TENANT = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

  @Test
  void defenderNeedsItsTenantClientIdAndSecretAndTakesTheVendorsDefaults() {
    EdrSettingsRequest request = new EdrSettingsRequest("DEFENDER_FOR_ENDPOINT", TENANT, "app-id", "s3cret", null, null);

    assertThat(request.validated(false)).isEqualTo(new EdrConnection("DEFENDER_FOR_ENDPOINT", null, null, TENANT, "app-id"));
    assertThat(request.newSecret()).isEqualTo("s3cret");
    assertThat(request.toString()).doesNotContain("s3cret");
  }

  @Test
  void theKindIsOneOfTheEdrProducts() {
    assertRefused(new EdrSettingsRequest("SENTINELONE", null, "id", "s", null, null), "kind",
        "must be one of DEFENDER_FOR_ENDPOINT, CROWDSTRIKE_FALCON, NONE");
    assertRefused(new EdrSettingsRequest(null, null, "id", "s", null, null), "kind", "is required");
    assertThat(new EdrSettingsRequest("NONE", null, null, "x", null, null).validated(false).kind()).isEqualTo("NONE");
  }

  @Test
  void defenderWithoutATokenUrlNeedsATenant() {
    assertRefused(new EdrSettingsRequest("DEFENDER_FOR_ENDPOINT", null, "id", "s", null, null), "tenant", "is required");
    assertRefused(new EdrSettingsRequest("DEFENDER_FOR_ENDPOINT", "a tenant/..", "id", "s", null, null), "tenant",
        "letters, digits");
    assertThat(new EdrSettingsRequest("DEFENDER_FOR_ENDPOINT", null, "id", "s", null,
        "https://login.microsoftonline.us/x/oauth2/v2.0/token").validated(false).tokenUrl())
        .isEqualTo("https://login.microsoftonline.us/x/oauth2/v2.0/token");
  }

  @Test
  void falconNeedsNoTenant() {
    EdrConnection falcon = new EdrSettingsRequest("CROWDSTRIKE_FALCON", null, "falcon-id", "s", "https://api.us-2.crowdstrike.com",
        null).validated(false);

    assertThat(falcon.apiBase()).isEqualTo("https://api.us-2.crowdstrike.com");
    assertThat(falcon.tenant()).isNull();
  }

  @Test
  void theClientIdIsRequired() {
    assertRefused(new EdrSettingsRequest("CROWDSTRIKE_FALCON", null, " ", "s", null, null), "clientId", "is required");
  }

  @Test
  void theSecretIsRequiredUntilOneIsStored() {
    EdrSettingsRequest keep = new EdrSettingsRequest("CROWDSTRIKE_FALCON", null, "id", null, null, null);

    assertRefused(keep, "clientSecret", "is required: none is stored yet");
    assertThat(keep.validated(true).clientId()).isEqualTo("id");
    assertThat(keep.newSecret()).isNull();
  }

  @Test
  void theUrlsAreHttps() {
    assertRefused(new EdrSettingsRequest("CROWDSTRIKE_FALCON", null, "id", "s", "http://api.crowdstrike.com", null),
        "apiBase", "must start with https://");
    assertRefused(new EdrSettingsRequest("DEFENDER_FOR_ENDPOINT", TENANT, "id", "s", null, "ldaps://login"),
        "tokenUrl", "must start with https://");
    assertRefused(new EdrSettingsRequest("CROWDSTRIKE_FALCON", null, "id", "s", "https://", null),
        "apiBase", "is not a URL");
  }

  private static void assertRefused(EdrSettingsRequest request, String field, String message) {
    assertThatThrownBy(() -> request.validated(false)).as(field)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .singleElement().satisfies(error -> {
              assertThat(error.field()).isEqualTo(field);
              assertThat(error.message()).contains(message);
            }));
  }
}

package org.breachresponse.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A practice's stored EDR settings, with the vendors' defaults filled in where the practice left them out. */
class EdrSettingsTest {

  @Test
  void defenderDefaultsToTheVendorsApiAndTheTenantsEntraTokenEndpoint() {
    EdrSettings settings = EdrSettings.of(EdrSettings.Kind.DEFENDER_FOR_ENDPOINT, null, null, "contoso.onmicrosoft.com",
        "app-id", "s3cret");

    assertThat(settings.apiBase()).hasToString("https://api.securitycenter.microsoft.com");
    assertThat(settings.tokenUrl()).hasToString("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token");
    assertThat(settings.toString()).doesNotContain("s3cret");
  }

  @Test
  void falconTakesItsTokenFromItsOwnRegionalApiHost() {
    EdrSettings settings = EdrSettings.of(EdrSettings.Kind.CROWDSTRIKE_FALCON, "https://api.eu-1.crowdstrike.com/", " ",
        null, " falcon-id ", "s");

    assertThat(settings.apiBase()).hasToString("https://api.eu-1.crowdstrike.com");
    assertThat(settings.tokenUrl()).hasToString("https://api.eu-1.crowdstrike.com/oauth2/token");
    assertThat(settings.clientId()).isEqualTo("falcon-id");
  }

  @Test
  void aTokenUrlGivenIsUsedAsItIs() {
    EdrSettings settings = EdrSettings.of(EdrSettings.Kind.DEFENDER_FOR_ENDPOINT, null,
        "https://login.microsoftonline.us/tenant/oauth2/v2.0/token", null, "id", "s");

    assertThat(settings.tokenUrl()).hasToString("https://login.microsoftonline.us/tenant/oauth2/v2.0/token");
  }
}

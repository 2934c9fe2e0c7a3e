package org.breachresponse.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Certificate checks towards the directory can be switched off for tests in development mode, never in production. */
class DirectorySettingsTest {

  @AfterEach
  void clear() {
    System.clearProperty("breach.mode");
    System.clearProperty("breach.directory.trust-any-certificate");
  }

  @Test
  void productionVerifiesTheDirectoryCertificateEvenWhenAskedNotTo() {
    System.setProperty("breach.mode", "production");
    System.setProperty("breach.directory.trust-any-certificate", "true");

    assertThat(DirectorySettings.fromSystemProperties().trustAnyCertificate()).isFalse();
  }

  @Test
  void developmentMayTrustTheTestDirectoryWithoutChecks() {
    System.setProperty("breach.mode", "development");
    System.setProperty("breach.directory.trust-any-certificate", "true");

    assertThat(DirectorySettings.fromSystemProperties().trustAnyCertificate()).isTrue();
  }
}

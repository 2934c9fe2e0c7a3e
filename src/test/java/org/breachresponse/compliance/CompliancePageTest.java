package org.breachresponse.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompliancePageTest {

  private static final String PAGE = "<script defer src=\"compliance.js\" $CSP_NONCE></script>";

  @Test
  void theScriptCarriesTheNonceOfThisResponsesPolicy() {
    String policy = "base-uri 'self';script-src 'nonce-xFUmwx9M-BcmxTs2_yR2Fd1DP3U' 'strict-dynamic' 'self'";
    assertThat(CompliancePage.withNonce(PAGE, policy))
        .isEqualTo("<script defer src=\"compliance.js\" nonce=\"xFUmwx9M-BcmxTs2_yR2Fd1DP3U\"></script>");
  }

  @Test
  void withoutAPolicyTheScriptNeedsNoNonce() {
    assertThat(CompliancePage.withNonce(PAGE, null)).isEqualTo("<script defer src=\"compliance.js\" ></script>");
    assertThat(CompliancePage.withNonce(PAGE, "default-src 'self'")).doesNotContain("$CSP_NONCE", "nonce=");
  }
}

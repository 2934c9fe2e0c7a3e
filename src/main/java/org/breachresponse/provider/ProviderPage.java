package org.breachresponse.provider;

import org.breachresponse.compliance.CompliancePage;

/**
 * Serves {@code /provider/}, the IT provider's page across practices, with this response's script nonce, as
 * {@link CompliancePage} serves the compliance page. The page holds no data; its script reads
 * {@code /api/breach/provider/overview}, which authenticates every request.
 */
public class ProviderPage extends CompliancePage {

  @Override
  protected String template() {
    return "/provider/index.html";
  }
}

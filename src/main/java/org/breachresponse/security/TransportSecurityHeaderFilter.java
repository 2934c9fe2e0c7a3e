package org.breachresponse.security;

import jakarta.servlet.FilterConfig;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.filter.headersec.HttpHeaderSecurityFilter;

/**
 * Camunda's header security filter (CSP with frame-ancestors 'none', X-Content-Type-Options, X-XSS-Protection)
 * on every path; in production also Strict-Transport-Security for a year, so browsers keep to HTTPS.
 */
public class TransportSecurityHeaderFilter extends HttpHeaderSecurityFilter {

  static final String ONE_YEAR = "31536000";

  @Override
  public void init(FilterConfig config) {
    super.init(ModeFilterConfig.inProduction(config, Map.of("hstsDisabled", "false", "hstsMaxAge", ONE_YEAR)));
  }
}

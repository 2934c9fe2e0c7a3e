package org.breachresponse.security;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.filter.CsrfPreventionFilter;

/** Camunda's CSRF filter; in production its {@code XSRF-TOKEN} cookie is Secure (SameSite=Lax in every mode). */
public class SecureCookieCsrfPreventionFilter extends CsrfPreventionFilter {

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(ModeFilterConfig.inProduction(config, Map.of("enableSecureCookie", "true")));
  }
}

package org.breachresponse.security;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.breachresponse.process.ApplicationSettings;

/**
 * A Camunda filter's configuration from web.xml, plus init parameters that only production mode adds
 * (secure cookies, HSTS): web.xml cannot tell the modes apart, and development runs over plain HTTP.
 */
final class ModeFilterConfig implements FilterConfig {

  private final FilterConfig declared;
  private final Map<String, String> added;

  private ModeFilterConfig(FilterConfig declared, Map<String, String> added) {
    this.declared = declared;
    this.added = added;
  }

  static FilterConfig inProduction(FilterConfig declared, Map<String, String> productionParameters) {
    return production() ? new ModeFilterConfig(declared, productionParameters) : declared;
  }

  static boolean production() {
    return !ApplicationSettings.fromSystemProperties().development();
  }

  @Override
  public String getFilterName() {
    return declared.getFilterName();
  }

  @Override
  public ServletContext getServletContext() {
    return declared.getServletContext();
  }

  @Override
  public String getInitParameter(String name) {
    return added.containsKey(name) ? added.get(name) : declared.getInitParameter(name);
  }

  @Override
  public Enumeration<String> getInitParameterNames() {
    Set<String> names = new LinkedHashSet<>(Collections.list(declared.getInitParameterNames()));
    names.addAll(added.keySet());
    return Collections.enumeration(names);
  }
}

package org.breachresponse.operations;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.breachresponse.engine.EngineConfiguration;
import org.breachresponse.engine.JobMeters;
import org.breachresponse.security.Roles;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * {@code GET /metrics}: this node's metrics in the Prometheus text format ({@link NodeMetrics}). The caller is
 * authenticated by {@code security/ApiAuthenticationFilter} (HTTP Basic, as a Prometheus scrape job sends it) and
 * must be an administrator ({@value Roles#ADMIN}) or a metrics reader ({@value Roles#METRICS_READER}); anyone else
 * gets 403. Over HTTPS in production, like everything that carries credentials.
 */
public class MetricsServlet extends HttpServlet {

  @Resource(lookup = EngineConfiguration.DATASOURCE)
  private DataSource dataSource;

  @Inject
  private HttpRequestCounts httpRequests;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("Cache-Control", "no-store");
    if (!request.isUserInRole(Roles.ADMIN) && !request.isUserInRole(Roles.METRICS_READER)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/problem+json");
      response.getWriter().write("{\"type\":\"urn:breach-response:problem:forbidden\",\"title\":\"Forbidden\","
          + "\"status\":403,\"detail\":\"Metrics are for the groups " + Roles.ADMIN + " and " + Roles.METRICS_READER + "\"}");
      return;
    }
    InstallationQueries installation = new InstallationQueries(dataSource);
    Instant now = Instant.now();
    NodeMetrics metrics = new NodeMetrics(NodeName.current(), jobTotals(), httpRequests.snapshot(),
        installation.overdueJobs(now, NodeMetrics.OVERDUE_AFTER), installation.notices(now),
        installation.containmentActions());
    byte[] body = PrometheusText.write(metrics.families()).getBytes(StandardCharsets.UTF_8);
    response.setContentType(PrometheusText.CONTENT_TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** This node's job totals, empty while the engine does not run. */
  private static Map<String, Long> jobTotals() {
    ProcessEngine engine = HealthServlet.registeredEngine();
    Map<String, Long> totals = new LinkedHashMap<>();
    if (engine != null
        && ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getMetricsRegistry() instanceof JobMeters meters) {
      JobMeters.COUNTED.forEach(name -> totals.put(name, meters.total(name)));
    }
    return totals;
  }
}

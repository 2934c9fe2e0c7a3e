package org.breachresponse.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.breachresponse.engine.EngineConfiguration;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * {@code GET /health/live}: the JVM and the application answer. {@code GET /health/ready}: the database answers
 * {@code SELECT 1} within {@link #DATABASE_TIMEOUT} and the engine {@code default} is registered with its start-up
 * done, so the node can serve; its job executor is reported beside. Without authentication, and over plain HTTP
 * in production too ({@code security/HttpsOnlyFilter}), for a load balancer that checks each node directly
 * (HAProxy's {@code option httpchk}); the answers say UP or DOWN per check and the node's name, nothing else.
 */
public class HealthServlet extends HttpServlet {

  /** Well inside HAProxy's default check timeout (its {@code inter}, 2 s). */
  static final Duration DATABASE_TIMEOUT = Duration.ofMillis(1500);

  @Resource(lookup = EngineConfiguration.DATASOURCE)
  private DataSource dataSource;

  @Resource
  private ManagedExecutorService executor;

  @Inject
  private EngineReadiness readiness;

  private DatabaseCheck database;

  @Override
  public void init() {
    database = new DatabaseCheck(dataSource, DATABASE_TIMEOUT, executor);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String which = request.getPathInfo() == null ? "" : request.getPathInfo();
    HealthReport report;
    switch (which) {
      case "/live" -> report = new HealthReport(NodeName.current(), List.of(CheckResult.up("application")), List.of());
      case "/ready" -> report = ready();
      default -> {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
    }
    byte[] body = report.json().getBytes(StandardCharsets.UTF_8);
    response.setStatus(report.httpStatus());
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private HealthReport ready() {
    ProcessEngine engine = registeredEngine();
    return new HealthReport(NodeName.current(),
        List.of(database.check(), EngineChecks.engine(engine, readiness.started())),
        List.of(EngineChecks.jobExecutor(engine)));
  }

  static ProcessEngine registeredEngine() {
    try {
      return BpmPlatform.getProcessEngineService().getProcessEngine(EngineConfiguration.ENGINE_NAME);
    } catch (RuntimeException e) {
      return null;
    }
  }
}

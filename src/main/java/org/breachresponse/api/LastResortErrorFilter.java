package org.breachresponse.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.breachresponse.input.Problem;
import org.breachresponse.process.ConcurrentConflict;

/**
 * The last resort of {@code /api/breach/*} and {@code /engine-rest/*}: a failure that escapes the JAX-RS
 * applications and their exception mappers (e.g. in an authentication filter, which asks the engine's database
 * for the caller's groups) would otherwise reach the container, which answers with its HTML error page. Here it
 * answers in the API's own shape instead: a problem document on our API, Camunda's {@code {type, message}} on the
 * engine REST API; 503 with {@code Retry-After} for a concurrent update, else 500 ({@link Failures}). Once the
 * answer has begun (committed), nothing can be changed and the failure goes on to the container.
 */
public class LastResortErrorFilter extends HttpFilter {

  private static final ObjectMapper JSON = JsonSettings.strict();

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException | Error failure) {
      if (response.isCommitted() || failure instanceof VirtualMachineError) {
        throw failure;
      }
      Throwable cause = failure instanceof ServletException servlet && servlet.getRootCause() != null
          ? servlet.getRootCause() : failure;
      answer(request, response, Failures.problemFor(cause, request.getMethod(), request.getRequestURI()));
    }
  }

  private static void answer(HttpServletRequest request, HttpServletResponse response, Problem problem)
      throws IOException {
    response.resetBuffer();
    response.setStatus(problem.status());
    if (problem.status() == 503) {
      response.setHeader("Retry-After", Integer.toString(ConcurrentConflict.RETRY_AFTER_SECONDS));
    }
    response.setCharacterEncoding("UTF-8");
    if (isEngineRest(request)) {
      response.setContentType("application/json");
      JSON.writeValue(response.getOutputStream(), engineRestShape(problem));
    } else {
      response.setContentType(Problem.MEDIA_TYPE.toString());
      JSON.writeValue(response.getOutputStream(), problem);
    }
  }

  private static boolean isEngineRest(HttpServletRequest request) {
    return request.getServletPath().startsWith("/engine-rest")
        || request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest");
  }

  /** Camunda's error shape (engine REST docs, "Introduction", error handling): type, message, code. */
  static Map<String, Object> engineRestShape(Problem problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.status() == 503 ? "ConcurrentUpdateException" : "InternalServerError");
    body.put("message", problem.detail());
    body.put("code", null);
    return body;
  }
}

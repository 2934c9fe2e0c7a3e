package org.breachresponse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;

/**
 * A failure that escapes both JAX-RS applications (in a filter before them) answers in the API's shape instead of
 * the container's HTML page. The servlet request and response are plain records of what the filter asks and sets.
 */
class LastResortErrorFilterTest {

  private final LastResortErrorFilter filter = new LastResortErrorFilter();

  @Test
  void aConflictInOurApiIsA503ProblemWithRetryAfter() throws Exception {
    Answer answer = new Answer(false);
    filter.doFilter(request("/camunda/api/breach/incidents", "/api/breach"), answer.response(), failing(
        new ServletException(new IllegalStateException("wrapped", new SQLException("deadlock detected", "40P01")))));

    assertThat(answer.status).isEqualTo(503);
    assertThat(answer.headers).containsEntry("Retry-After", "1");
    assertThat(answer.contentType).isEqualTo("application/problem+json");
    assertThat(answer.body()).contains("\"status\":503", "urn:breach-response:problem:concurrent-update");
  }

  @Test
  void anyOtherFailureOnTheEngineRestApiIsA500InCamundasShape() throws Exception {
    Answer answer = new Answer(false);
    filter.doFilter(request("/camunda/engine-rest/task", "/engine-rest"), answer.response(),
        failing(new IllegalStateException("Patient Jane Roe")));

    assertThat(answer.status).isEqualTo(500);
    assertThat(answer.headers).doesNotContainKey("Retry-After");
    assertThat(answer.contentType).isEqualTo("application/json");
    assertThat(answer.body()).startsWith("{\"type\":\"InternalServerError\",\"message\":\"The server could not answer")
        .doesNotContain("Jane");
  }

  @Test
  void anEngineRestConflictIs503InCamundasShape() throws Exception {
    Answer answer = new Answer(false);
    filter.doFilter(request("/camunda/engine-rest/task/1/complete", "/engine-rest"), answer.response(),
        failing(new OptimisticLockingException("ENGINE-03005")));

    assertThat(answer.status).isEqualTo(503);
    assertThat(answer.body()).contains("\"type\":\"ConcurrentUpdateException\"");
  }

  @Test
  void onceTheAnswerHasBegunTheFailureGoesOnToTheContainer() {
    Answer answer = new Answer(true);
    assertThatThrownBy(() -> filter.doFilter(request("/camunda/api/breach/incidents", "/api/breach"),
        answer.response(), failing(new IllegalStateException("late")))).hasMessage("late");
  }

  private static FilterChain failing(Exception failure) {
    return (request, response) -> {
      if (failure instanceof ServletException servlet) {
        throw servlet;
      }
      throw (RuntimeException) failure;
    };
  }

  private static HttpServletRequest request(String uri, String servletPath) {
    return (HttpServletRequest) Proxy.newProxyInstance(LastResortErrorFilterTest.class.getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getMethod" -> "POST";
          case "getRequestURI" -> uri;
          case "getServletPath" -> servletPath;
          case "getContextPath" -> "/camunda";
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  /** What the filter set on the response. */
  private static final class Answer {

    final boolean committed;
    final Map<String, String> headers = new HashMap<>();
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = 200;
    String contentType;

    Answer(boolean committed) {
      this.committed = committed;
    }

    String body() {
      return bytes.toString(StandardCharsets.UTF_8);
    }

    HttpServletResponse response() {
      ServletOutputStream out = new ServletOutputStream() {
        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
        }

        @Override
        public void write(int b) {
          bytes.write(b);
        }
      };
      return (HttpServletResponse) Proxy.newProxyInstance(LastResortErrorFilterTest.class.getClassLoader(),
          new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
            switch (method.getName()) {
              case "isCommitted" -> {
                return committed;
              }
              case "resetBuffer", "setCharacterEncoding" -> {
                return null;
              }
              case "setStatus" -> status = (Integer) args[0];
              case "setHeader" -> headers.put((String) args[0], (String) args[1]);
              case "setContentType" -> contentType = (String) args[0];
              case "getOutputStream" -> {
                return out;
              }
              default -> throw new UnsupportedOperationException(method.getName());
            }
            return null;
          });
    }
  }
}

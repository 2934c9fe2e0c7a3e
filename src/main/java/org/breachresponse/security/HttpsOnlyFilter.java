package org.breachresponse.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Production serves nothing over plain HTTP: a page read is redirected to the same URL over HTTPS (the
 * server's https socket binding), anything else is refused, since its body or credentials already crossed
 * the network in clear. Development passes everything through.
 * <p>
 * The health checks ({@value #LIVE}, {@value #READY}) answer over plain HTTP in production too: a load balancer
 * checks each node's HTTP listener directly (HAProxy's {@code option httpchk}), and they carry no credentials and
 * answer only UP or DOWN.
 */
public class HttpsOnlyFilter extends HttpFilter {

  static final String LIVE = "/health/live";
  static final String READY = "/health/ready";
  private static final Set<String> PLAIN_HTTP = Set.of(LIVE, READY);
  private static final Logger LOG = Logger.getLogger(HttpsOnlyFilter.class.getName());
  private boolean production;
  private int httpsPort;

  @Override
  public void init(FilterConfig config) {
    production = ModeFilterConfig.production();
    httpsPort = Integer.getInteger("jboss.https.port", 8443) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    String keystore = System.getenv("BREACH_TLS_KEYSTORE");
    if (production && (keystore == null || keystore.isBlank())) {
      LOG.warning("Production mode without BREACH_TLS_KEYSTORE: HTTPS uses a self-signed certificate for localhost");
    }
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!production || request.isSecure() || PLAIN_HTTP.contains(pathInApplication(request))) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD")) {
      String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      response.setHeader("Location", "https://" + request.getServerName() + ":" + httpsPort + request.getRequestURI() + query);
      return;
    }
    response.sendError(HttpServletResponse.SC_FORBIDDEN, "HTTPS required");
  }

  private static String pathInApplication(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}

package org.breachresponse.audit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@code /compliance/}, the compliance auditor's page, with this response's script nonce: the web apps'
 * Content-Security-Policy ({@code script-src 'nonce-…' 'strict-dynamic'}) runs no script without it. The page
 * holds no data; its script reads everything from our API, which authenticates every request.
 */
public class CompliancePage extends HttpServlet {

  static final String TEMPLATE = "/compliance/index.html";
  static final String NONCE_PLACEHOLDER = "$CSP_NONCE";
  /** Where Camunda's header security filter leaves the nonce it put into the policy. */
  static final String NONCE_ATTRIBUTE = "org.camunda.bpm.csp.nonce";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String page;
    try (InputStream template = getServletContext().getResourceAsStream(TEMPLATE)) {
      if (template == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      page = new String(template.readAllBytes(), StandardCharsets.UTF_8);
    }
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(withNonce(page, request.getAttribute(NONCE_ATTRIBUTE)));
  }

  static String withNonce(String page, Object nonce) {
    return page.replace(NONCE_PLACEHOLDER, nonce == null ? "" : "nonce=\"" + nonce + "\"");
  }
}

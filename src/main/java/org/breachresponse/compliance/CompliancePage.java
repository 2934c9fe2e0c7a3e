package org.breachresponse.compliance;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves {@code /compliance/}, the compliance auditor's page, with this response's script nonce: the web apps'
 * Content-Security-Policy ({@code script-src 'nonce-…' 'strict-dynamic'}) runs no script without it. The nonce
 * is read from the policy Camunda's header security filter put on this very response (the filter also leaves
 * it in a servlet-context attribute, which a concurrent request may overwrite). The page holds no data; its
 * script reads everything from our API, which authenticates every request.
 */
public class CompliancePage extends HttpServlet {

  static final String TEMPLATE = "/compliance/index.html";
  static final String NONCE_PLACEHOLDER = "$CSP_NONCE";
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_=-]+)'");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String page;
    try (InputStream template = getServletContext().getResourceAsStream(template())) {
      if (template == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      page = new String(template.readAllBytes(), StandardCharsets.UTF_8);
    }
    String policy = response.getHeader("Content-Security-Policy");
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(withNonce(page, policy));
  }

  /** The page's HTML, with {@link #NONCE_PLACEHOLDER} on its script. */
  protected String template() {
    return TEMPLATE;
  }

  /** The page with the policy's nonce on its script; without a nonce in the policy, none is needed. */
  static String withNonce(String page, String policy) {
    Matcher nonce = NONCE.matcher(policy == null ? "" : policy);
    return page.replace(NONCE_PLACEHOLDER, nonce.find() ? "nonce=\"" + nonce.group(1) + "\"" : "");
  }
}

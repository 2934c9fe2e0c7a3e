package org.breachresponse.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Our API's and the engine REST API's answers carry incident data: no cache keeps them (Cache-Control:
 * no-store), no browser guesses their type, and no page frames them. The CSP comes from Camunda's header filter.
 */
public class ApiResponseHeaders extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    chain.doFilter(request, response);
  }
}

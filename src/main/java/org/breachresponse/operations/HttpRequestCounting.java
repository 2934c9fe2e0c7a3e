package org.breachresponse.operations;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Counts every request to the application ({@code /*}, first of the filters, so refused and redirected requests
 * count too) by method and the status it was answered with; one that ends in an exception counts as 5xx.
 */
public class HttpRequestCounting extends HttpFilter {

  @Inject
  private HttpRequestCounts counts;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean failed = true;
    try {
      chain.doFilter(request, response);
      failed = false;
    } finally {
      counts.count(request.getMethod(), failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus());
    }
  }
}

package org.breachresponse.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Guards {@code /api/breach/*} and {@code /metrics}. Scripts authenticate with HTTP Basic against the engine's
 * users; a browser signed into the Camunda web apps may read (GET) with its session, but not write: writes
 * need credentials in the request, so a forged cross-site request cannot change anything. The
 * caller's Camunda groups become the request's roles and, with the practices (tenants) they belong to, the
 * engine's current authentication.
 */
public class ApiAuthenticationFilter extends HttpFilter {

  private static final String ENGINE = "default";
  /**
   * A page's script (the compliance page) says so: it gets its 401 without a Basic challenge, which would make
   * the browser ask for a password in a dialog of its own instead of the page showing its sign-in link.
   */
  private static final String FROM_SCRIPT = "XMLHttpRequest";

  @Inject
  private IdentityService identityService;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<AuthenticatedUser> user = basic(request).or(() -> session(request));
    if (user.isEmpty()) {
      if (!FROM_SCRIPT.equals(request.getHeader("X-Requested-With"))) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Breach Response\", charset=\"UTF-8\"");
      }
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/problem+json");
      response.getWriter().write("{\"type\":\"urn:breach-response:problem:unauthenticated\",\"title\":\"Unauthenticated\","
          + "\"status\":401,\"detail\":\"Sign in with HTTP Basic (user and password of the Camunda web apps)\"}");
      return;
    }
    identityService.setAuthentication(user.get().id(), user.get().groups(), user.get().tenantIds());
    try {
      chain.doFilter(new AuthenticatedRequest(request, user.get()), response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Optional<AuthenticatedUser> basic(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String userId = decoded.substring(0, colon);
    if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
      return Optional.empty();
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    // The practices: Camunda's tenant memberships, the user's own and their groups'.
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    return Optional.of(new AuthenticatedUser(userId, groups, tenants));
  }

  private static Optional<AuthenticatedUser> session(HttpServletRequest request) {
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    Authentications authentications = Authentications.getCurrent();
    if (!read || authentications == null
        || !(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
      return Optional.empty();
    }
    return Optional.of(new AuthenticatedUser(user.getName(), List.copyOf(user.getGroupIds()),
        user.getTenantIds() == null ? List.of() : List.copyOf(user.getTenantIds())));
  }
}

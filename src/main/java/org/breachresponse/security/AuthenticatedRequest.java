package org.breachresponse.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;

/** The request as JAX-RS sees it: the Camunda user as principal, their groups as roles. */
class AuthenticatedRequest extends HttpServletRequestWrapper {

  private final AuthenticatedUser user;

  AuthenticatedRequest(HttpServletRequest request, AuthenticatedUser user) {
    super(request);
    this.user = user;
  }

  @Override
  public Principal getUserPrincipal() {
    return user;
  }

  @Override
  public String getRemoteUser() {
    return user.id();
  }

  @Override
  public boolean isUserInRole(String role) {
    return user.groups().contains(role);
  }

  @Override
  public String getAuthType() {
    return HttpServletRequest.BASIC_AUTH;
  }
}

package org.breachresponse.security;

import java.security.Principal;
import java.util.List;

/** A signed-in user, their Camunda groups (their roles) and tenants (the practices they belong to). */
record AuthenticatedUser(String id, List<String> groups, List<String> tenantIds) implements Principal {

  @Override
  public String getName() {
    return id;
  }
}

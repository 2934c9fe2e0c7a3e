package org.breachresponse.security;

import java.security.Principal;
import java.util.List;

/** A signed-in user and their Camunda groups, which are their roles. */
record AuthenticatedUser(String id, List<String> groups) implements Principal {

  @Override
  public String getName() {
    return id;
  }
}

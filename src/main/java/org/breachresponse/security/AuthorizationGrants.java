package org.breachresponse.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Grants a group permissions on a resource unless a grant for that group and resource exists. */
final class AuthorizationGrants {

  private final AuthorizationService authorizationService;

  AuthorizationGrants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    boolean exists = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
    if (exists) {
      return;
    }
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}

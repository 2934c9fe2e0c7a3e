package org.breachresponse.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Grants a group permissions on a resource: creates the grant, or adds what an existing grant for that
 * group and resource lacks, so a database seeded by an earlier version catches up.
 */
final class AuthorizationGrants {

  private final AuthorizationService authorizationService;

  AuthorizationGrants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream()
        .filter(existing -> existing.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
        .findFirst()
        .orElseGet(() -> newGrant(groupId, resource, resourceId));
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }

  private Authorization newGrant(String groupId, Resource resource, String resourceId) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    return authorization;
  }
}

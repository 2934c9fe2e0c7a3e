package org.breachresponse.security;

import java.util.List;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * Camunda's tenant query answered from the practices and the directory ({@link ActiveDirectoryIdentitySession}):
 * what the web apps, the engine REST API's authentication and our API's filter ask when a user signs in
 * ({@code userMember(id).includingGroupsOfUser(true)}), and what the Admin app asks ({@code tenantId},
 * {@code groupMember}, name criteria, paging, order by id or name).
 */
final class PracticeTenantQuery extends TenantQueryImpl {

  private static final long serialVersionUID = 1L;

  PracticeTenantQuery() {
  }

  PracticeTenantQuery(CommandExecutor commandExecutor) {
    super(commandExecutor);
  }

  @Override
  public long executeCount(CommandContext commandContext) {
    return session(commandContext).findTenants(this, false).size();
  }

  @Override
  public List<Tenant> executeList(CommandContext commandContext, Page page) {
    return session(commandContext).findTenants(this, true);
  }

  private static ActiveDirectoryIdentitySession session(CommandContext commandContext) {
    return (ActiveDirectoryIdentitySession) commandContext.getReadOnlyIdentityProvider();
  }
}

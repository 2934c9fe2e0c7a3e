package org.breachresponse.compliance;

import static org.breachresponse.security.Roles.ADMIN;
import static org.breachresponse.security.Roles.COMPLIANCE_AUDITOR;
import static org.breachresponse.security.Roles.PRACTICE_OWNER;
import static org.breachresponse.security.Roles.PRIVACY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.breachresponse.audit.AuditChain;
import org.breachresponse.audit.ChainVerification;

/**
 * {@code /api/breach/audit/verify}: whether the audit trail is as it was written, every broken link of its
 * hash chain, and the chain's head for the auditor to note down. Reads only.
 */
@Path("/audit/verify")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditChainResource {

  @Inject
  private AuditChain auditChain;

  @GET
  @RolesAllowed({COMPLIANCE_AUDITOR, PRACTICE_OWNER, PRIVACY_OFFICER, ADMIN})
  public ChainVerification verify() {
    return auditChain.verify();
  }
}

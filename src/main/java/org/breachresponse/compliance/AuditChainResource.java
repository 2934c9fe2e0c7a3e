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
import java.util.Set;
import org.breachresponse.audit.AuditChain;
import org.breachresponse.audit.ChainVerification;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.practice.Practices;

/**
 * {@code /api/breach/audit/verify}: whether the audit trail is as it was written, every broken link of its
 * hash chain, and the chain's head for the auditor to note down. Reads only. The chain spans every practice of
 * the installation: a caller who reaches every practice (an administrator, or a member of each) gets the whole answer, anyone else the answer about
 * their practices' incidents only ({@link PracticeChainView}).
 */
@Path("/audit/verify")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditChainResource {

  @Inject
  private AuditChain auditChain;

  @Inject
  private Practices practices;

  @Inject
  private IncidentService incidents;

  @GET
  @RolesAllowed({COMPLIANCE_AUDITOR, PRACTICE_OWNER, PRIVACY_OFFICER, ADMIN})
  public ChainVerification verify() {
    ChainVerification whole = auditChain.verify();
    if (practices.callerReachesEveryPractice()) {
      return whole;
    }
    Set<String> references = incidents.referencesReachable();
    return PracticeChainView.restrict(whole, references, auditChain.entriesOf(references));
  }
}

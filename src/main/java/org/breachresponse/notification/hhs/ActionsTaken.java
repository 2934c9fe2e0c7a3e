package org.breachresponse.notification.hhs;

import java.util.Optional;
import org.breachresponse.containment.ContainmentSection.ContainmentView;
import org.breachresponse.containment.ContainmentSection.Progress;
import org.breachresponse.incident.Incident;
import org.breachresponse.process.Phase;

/**
 * What the practice did to contain the breach, in the counts the HHS portal's "actions taken" free text
 * and the annual log's mitigation column ask for (docs/legal-sources.md, 'HHS breach portal'): machines isolated,
 * accounts reset, and whether the threat was removed. Counts only; the machine and account names stay in the
 * incident's containment record.
 *
 * @param threatRemoved every machine is back, retired or left, and the incident moved on to recovery
 */
public record ActionsTaken(int machines, long machinesIsolated, int accounts, long accountsReset,
    boolean remoteAccessRevoked, boolean threatRemoved, String summary) {

  static ActionsTaken of(Incident incident, Optional<ContainmentView> containment) {
    boolean threatRemoved = incident.scopedAt() != null && incident.hasReached(Phase.RECOVER);
    if (containment.isEmpty()) {
      return new ActionsTaken(0, 0, 0, 0, false, threatRemoved, "No containment is recorded yet.");
    }
    Progress machines = containment.get().machines();
    Progress accounts = containment.get().accounts();
    boolean remoteAccessRevoked = containment.get().entryPointReview() != null
        && containment.get().entryPointReview().remoteAccessRevoked();
    String summary = "Isolated " + machines.contained() + " of " + machines.total() + " affected machines and reset "
        + accounts.contained() + " of " + accounts.total() + " compromised accounts"
        + (remoteAccessRevoked ? "; revoked remote access" : "")
        + (threatRemoved ? "; the threat was removed." : "; removing the threat is still under way.");
    return new ActionsTaken(machines.total(), machines.contained(), accounts.total(), accounts.contained(),
        remoteAccessRevoked, threatRemoved, summary);
  }
}

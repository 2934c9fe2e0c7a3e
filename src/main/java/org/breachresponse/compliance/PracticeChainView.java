package org.breachresponse.compliance;

import java.util.List;
import java.util.Set;
import org.breachresponse.audit.BrokenLink;
import org.breachresponse.audit.ChainVerification;

/**
 * The audit chain's verification as a caller who does not reach every practice may see it. The chain spans the
 * installation, so the whole of it is still walked, but the answer speaks only of the entries of the caller's
 * practices' incidents: how many there are, and the broken links among them. The chain's head (its position is
 * the installation's count of entries) and every broken link of another practice's incident, or of no incident
 * (e.g. a deleted entry, which cannot be attributed), are left out, so nothing of another practice shows, not
 * even how much it did. Whoever reaches every practice (the provider's administrators) gets the whole answer.
 */
final class PracticeChainView {

  private PracticeChainView() {
  }

  /**
   * @param whole           the installation's verification
   * @param references      the references of the caller's practices' incidents
   * @param entriesOfTheirs how many chain entries those incidents have
   * @return intact when none of their links is broken; {@code headPosition} 0 and {@code headHash} null
   */
  static ChainVerification restrict(ChainVerification whole, Set<String> references, long entriesOfTheirs) {
    List<BrokenLink> theirs = whole.brokenLinks().stream()
        .filter(link -> link.incidentReference() != null && references.contains(link.incidentReference()))
        .toList();
    return new ChainVerification(theirs.isEmpty(), entriesOfTheirs, 0, null, theirs.isEmpty() ? null : theirs.get(0),
        theirs, theirs.size());
  }
}

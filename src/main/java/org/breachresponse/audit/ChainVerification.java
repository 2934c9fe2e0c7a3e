package org.breachresponse.audit;

import java.util.List;

/**
 * What walking the audit chain found. {@code headPosition} and {@code headHash} are the chain's end as it
 * was checked: an auditor who notes them can later tell whether the chain up to there was rewritten as a
 * whole (see package-info). At most {@link ChainCheck#LISTED} links are listed; {@code brokenLinksFound}
 * counts them all.
 */
public record ChainVerification(boolean intact, long entriesChecked, long headPosition, String headHash,
    BrokenLink firstBrokenLink, List<BrokenLink> brokenLinks, long brokenLinksFound) {
}

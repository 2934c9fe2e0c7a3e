package org.breachresponse.notification.individual;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.breachresponse.incident.UsJurisdiction;

/**
 * The affected individuals of an incident in numbers: what the notice duties turn on. State counts decide
 * which state laws and media notices apply; how many cannot be reached by letter or agreed e-mail decides
 * the form of substitute notice (45 CFR 164.404(d)(2)). Counts only, so they may go where names may not.
 *
 * @param total everyone on the list
 * @param perState how many live in each state; states with nobody are absent
 * @param withoutUsableContact no postal address, and no e-mail address they agreed to be notified at
 * @param reachableByEmail an e-mail address and agreement to electronic notice
 */
public record AffectedIndividuals(int total, Map<UsJurisdiction, Integer> perState, int withoutUsableContact,
    int reachableByEmail) {

  /** "10 or more" individuals without usable contact information (164.404(d)(2)(ii)). */
  public static final int SUBSTITUTE_NOTICE_THRESHOLD = 10;

  public AffectedIndividuals {
    Map<UsJurisdiction, Integer> copy = new EnumMap<>(UsJurisdiction.class);
    copy.putAll(perState);
    perState = Collections.unmodifiableMap(copy);
  }

  public static AffectedIndividuals of(Collection<? extends Addressee> individuals) {
    Map<UsJurisdiction, Integer> perState = new EnumMap<>(UsJurisdiction.class);
    int withoutUsableContact = 0;
    int reachableByEmail = 0;
    for (Addressee individual : individuals) {
      perState.merge(individual.state(), 1, Integer::sum);
      withoutUsableContact += individual.hasUsableContact() ? 0 : 1;
      reachableByEmail += individual.reachableByEmail() ? 1 : 0;
    }
    return new AffectedIndividuals(individuals.size(), perState, withoutUsableContact, reachableByEmail);
  }

  /**
   * Whether the 10-or-more form of substitute notice is due: web posting or major media plus a toll-free
   * number, each for 90 days. Fewer than 10 unreachable individuals still need substitute notice, by
   * alternative written notice, telephone or other means; {@link #substituteNotice()} tells which.
   */
  public boolean needsSubstituteNotice() {
    return withoutUsableContact >= SUBSTITUTE_NOTICE_THRESHOLD;
  }

  public SubstituteNoticeNeed substituteNotice() {
    if (withoutUsableContact == 0) {
      return SubstituteNoticeNeed.NOT_NEEDED;
    }
    return needsSubstituteNotice() ? SubstituteNoticeNeed.WEB_OR_MEDIA_AND_TOLL_FREE_NUMBER : SubstituteNoticeNeed.ALTERNATIVE_MEANS;
  }
}

package org.breachresponse.practice;

import java.util.List;
import org.breachresponse.input.InvalidInputException;

/**
 * A request's choice of one of the caller's practices, e.g. {@code ?practice=bright-smiles}: required when the
 * caller belongs to several, optional when they belong to one. A practice the caller does not belong to is
 * answered as one that does not exist (404 naming the field).
 */
public final class PracticeParameter {

  private PracticeParameter() {
  }

  /**
   * @param userId the caller, named in the 403 when they belong to no practice
   * @throws InvalidInputException     naming {@code field} when it is left out and the caller belongs to several
   * @throws PracticeNotFoundException naming {@code field} for one unknown to the caller
   * @throws NotInAnyPracticeException when the caller belongs to none
   */
  public static Practice resolve(Practices practices, String field, String requested, String userId) {
    if (requested != null && !requested.isBlank()) {
      return practices.reachable(field, requested.strip());
    }
    List<Practice> reachable = practices.reachable();
    if (reachable.size() == 1) {
      return reachable.get(0);
    }
    if (reachable.isEmpty()) {
      if (practices.membership().everyPractice()) {
        throw new InvalidInputException(field, "names no practice: there is none yet");
      }
      throw new NotInAnyPracticeException(userId);
    }
    throw new InvalidInputException(field, "is required: you belong to several practices ("
        + String.join(", ", reachable.stream().map(p -> p.id().value()).toList()) + ")");
  }
}

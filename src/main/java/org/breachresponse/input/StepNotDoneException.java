package org.breachresponse.input;

/**
 * A request that is right but comes too early: what it needs is recorded by a step of the process that has not
 * recorded it yet. The API answers 409 with a problem naming the missing field and the step (and who works it) that
 * provides it; sending the same request again after that step succeeds.
 */
public class StepNotDoneException extends RuntimeException {

  private final String field;
  private final String step;

  /**
   * @param field  what is missing, as the API or the form names it (e.g. {@code dataTypes})
   * @param step   the Tasklist step that records it, e.g. {@code 'Assess the risk' (privacy officer)}
   * @param detail what is missing and why this request needs it, in the user's words
   */
  public StepNotDoneException(String field, String step, String detail) {
    super(detail + "; it is recorded in " + step);
    this.field = field;
    this.step = step;
  }

  public String field() {
    return field;
  }

  public String step() {
    return step;
  }
}

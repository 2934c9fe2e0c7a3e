package org.breachresponse.containment;

/** The engine cannot contain this target: a person takes over in {@code Isolate manually} / {@code Reset manually}. */
public class TargetNeedsPersonException extends RuntimeException {

  /** The BPMN error code the delegates throw; the model's boundary events catch it (Error_TargetNeedsPerson). */
  public static final String ERROR_CODE = "TargetNeedsPerson";

  public TargetNeedsPersonException(String message) {
    super(message);
  }
}

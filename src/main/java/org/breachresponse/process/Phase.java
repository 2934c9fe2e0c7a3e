package org.breachresponse.process;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lifecycle phases of an incident (the six-step checklist; docs/legal-sources.md, 'Lifecycle phases'), in
 * lifecycle order, each with the id of the embedded subprocess that runs it in {@code bpmn/breach-response.bpmn}.
 */
public enum Phase {
  IDENTIFY("Phase_IdentifyAndAnalyse"),
  CONTAIN("Phase_Contain"),
  ERADICATE("Phase_RemoveThreat"),
  RECOVER("Phase_RecoverAndFortify"),
  NOTIFY("Phase_Notify"),
  REVIEW("Phase_Review"),
  CLOSED(null);

  private final String activityId;

  Phase(String activityId) {
    this.activityId = activityId;
  }

  /** The id of the phase's subprocess in the model; none for CLOSED. */
  public Optional<String> activityId() {
    return Optional.ofNullable(activityId);
  }

  /** The phase a phase subprocess of the model runs. */
  public static Optional<Phase> ofActivity(String activityId) {
    return Arrays.stream(values()).filter(phase -> phase.activityId != null && phase.activityId.equals(activityId))
        .findFirst();
  }
}

package org.breachresponse.engine;

import java.util.Set;
import org.breachresponse.process.BreachResponseProcess;

/**
 * Incidents of the released flat model follow the current model (the one {@code processes.xml} lists) to their
 * end. Those upgraded before their risk assessment turn out notifiable, so the new model derives their obligations
 * itself: whatever it needs that version 1 did not set, the step must provide.
 */
class RunningIncidentsUpgradeTest extends UpgradeFromModelVersionOne {

  private static final Set<String> BEFORE_THE_ASSESSMENT = Set.of(BreachResponseProcess.TASK_CONFIRM_BREACH,
      BreachResponseProcess.TASK_SCOPE_BREACH, BreachResponseProcess.TASK_ASSESS_RISK);

  @Override
  String newModel() {
    return ProcessesXml.model();
  }

  @Override
  Course courseTo(String waitState) {
    return BEFORE_THE_ASSESSMENT.contains(waitState) ? Course.NOTIFIED : super.courseTo(waitState);
  }
}

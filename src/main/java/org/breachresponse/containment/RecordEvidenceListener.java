package org.breachresponse.containment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.breachresponse.input.FormValues;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.breachresponse.process.IncidentReference;

/** Completing {@code Task_RecordEvidence}: the machine's evidence items and their first custody, or why none. */
@Dependent
@Named
public class RecordEvidenceListener implements TaskListener {

  private final EradicationService eradication;

  @Inject
  public RecordEvidenceListener(EradicationService eradication) {
    this.eradication = eradication;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = new FormValues(task);
    EvidenceForm evidence = EvidenceForm.parse(form.text(EvidenceForm.ITEMS), form.text(EvidenceForm.COLLECTED_BY),
        form.text(EvidenceForm.COLLECTED_AT), form.text(EvidenceForm.NO_EVIDENCE_REASON));
    eradication.recordEvidence(IncidentReference.in(task),
        (String) task.getVariable(ProcessVariables.MACHINE), evidence, CurrentUser.completing(task));
    form.discard(List.of(EvidenceForm.ITEMS, EvidenceForm.COLLECTED_BY, EvidenceForm.COLLECTED_AT,
        EvidenceForm.NO_EVIDENCE_REASON));
  }
}

package org.breachresponse.incident;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.breachresponse.input.FormValues;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.breachresponse.process.IncidentReference;

/**
 * Completing {@code Task_ScopeBreach}: checks every listed machine, account and state, and stores the
 * scope. A bad line keeps the task open with a message naming it.
 */
@Dependent
@Named
public class RecordScopeListener implements TaskListener {

  static final String AFFECTED_MACHINES = "affectedMachines";
  static final String COMPROMISED_ACCOUNTS = "compromisedAccounts";
  static final String HOW_IT_HAPPENED = "howItHappened";
  static final String SUSPECTS = "suspects";
  static final String AFFECTED_INDIVIDUALS_BY_STATE = "affectedIndividualsByState";
  static final String DATA_ENCRYPTED_KEY_SAFE = "dataEncryptedKeySafe";

  private final IncidentService incidentService;

  @Inject
  public RecordScopeListener(IncidentService incidentService) {
    this.incidentService = incidentService;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = new FormValues(task);
    Set<DataType> dataTypes = DataTypeFields.ticked(form);
    ScopeForm scopeForm = new ScopeForm(form.text(AFFECTED_MACHINES), form.text(COMPROMISED_ACCOUNTS), dataTypes,
        form.text(HOW_IT_HAPPENED), form.text(SUSPECTS), form.text(AFFECTED_INDIVIDUALS_BY_STATE),
        form.flag(DATA_ENCRYPTED_KEY_SAFE));
    IncidentReference reference = IncidentReference.in(task);
    incidentService.recordScope(reference, scopeForm.toScope(), CurrentUser.completing(task));
    form.discard(fieldNames());
  }

  static List<String> fieldNames() {
    List<String> names = new ArrayList<>(List.of(AFFECTED_MACHINES, COMPROMISED_ACCOUNTS, HOW_IT_HAPPENED, SUSPECTS,
        AFFECTED_INDIVIDUALS_BY_STATE, DATA_ENCRYPTED_KEY_SAFE));
    names.addAll(DataTypeFields.names());
    return names;
  }
}

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

/** Completing {@code Task_WatchEntryAndExitPoints}: the checklist and notes; containment is then done. */
@Dependent
@Named
public class WatchEntryAndExitPointsListener implements TaskListener {

  static final String LOGS_REVIEWED = "firewallAndVpnLogsReviewed";
  static final String REMOTE_ACCESS_REVOKED = "remoteAccessRevoked";
  static final String BACKUPS_DISCONNECTED = "backupsDisconnected";
  static final String NOTES = "entryPointNotes";

  private final ContainmentService containment;

  @Inject
  public WatchEntryAndExitPointsListener(ContainmentService containment) {
    this.containment = containment;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = new FormValues(task);
    containment.recordEntryPointReview(IncidentReference.in(task),
        form.flag(LOGS_REVIEWED), form.flag(REMOTE_ACCESS_REVOKED), form.flag(BACKUPS_DISCONNECTED),
        form.text(NOTES), CurrentUser.completing(task));
    form.discard(List.of(LOGS_REVIEWED, REMOTE_ACCESS_REVOKED, BACKUPS_DISCONNECTED, NOTES));
  }
}

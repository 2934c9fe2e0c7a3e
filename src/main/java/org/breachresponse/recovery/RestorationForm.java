package org.breachresponse.recovery;

import java.time.LocalDate;
import java.util.List;
import org.breachresponse.input.FormValues;

/** What the {@code Restore data from backups} form submitted, checked. */
record RestorationForm(LocalDate backupTakenOn, String backupLocation, String integrityCheck, String notRestored) {

  static final String BACKUP_TAKEN_ON = "backupTakenOn";
  static final String BACKUP_LOCATION = "backupLocation";
  static final String INTEGRITY_CHECK = "integrityCheck";
  static final String NOT_RESTORED = "notRestored";
  static final List<String> FIELDS = List.of(BACKUP_TAKEN_ON, BACKUP_LOCATION, INTEGRITY_CHECK, NOT_RESTORED);

  static RestorationForm read(FormValues form, LocalDate today) {
    return new RestorationForm(
        RecoveryText.pastDate(BACKUP_TAKEN_ON, form.text(BACKUP_TAKEN_ON), today),
        RecoveryText.required(BACKUP_LOCATION, form.text(BACKUP_LOCATION), 500),
        RecoveryText.required(INTEGRITY_CHECK, form.text(INTEGRITY_CHECK), 2000),
        RecoveryText.optional(NOT_RESTORED, form.text(NOT_RESTORED), 2000));
  }
}

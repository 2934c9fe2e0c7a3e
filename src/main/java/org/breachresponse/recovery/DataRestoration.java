package org.breachresponse.recovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.breachresponse.incident.Incident;

/** {@code Restore data from backups} for one machine: the backup used, how its data was checked, what was lost. */
@Entity
@Table(name = "data_restoration")
public class DataRestoration {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_restoration_seq")
  @SequenceGenerator(name = "data_restoration_seq", sequenceName = "data_restoration_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "incident_id", updatable = false)
  private Incident incident;

  @Column(name = "system_name", nullable = false, updatable = false, length = 253)
  private String system;

  @Column(name = "backup_taken_on", nullable = false, updatable = false)
  private LocalDate backupTakenOn;

  @Column(name = "backup_location", nullable = false, updatable = false, length = 500)
  private String backupLocation;

  @Column(name = "integrity_check", nullable = false, updatable = false, length = 2000)
  private String integrityCheck;

  @Column(name = "not_restored", updatable = false, length = 2000)
  private String notRestored;

  @Column(name = "restored_by", nullable = false, updatable = false, length = 64)
  private String restoredBy;

  @Column(name = "restored_at", nullable = false, updatable = false)
  private Instant restoredAt;

  protected DataRestoration() {
  }

  DataRestoration(Incident incident, String system, RestorationForm form, String by, Instant at) {
    this.incident = incident;
    this.system = system;
    this.backupTakenOn = form.backupTakenOn();
    this.backupLocation = form.backupLocation();
    this.integrityCheck = form.integrityCheck();
    this.notRestored = form.notRestored();
    this.restoredBy = by;
    this.restoredAt = at;
  }

  public Incident incident() { return incident; }
  public String system() { return system; }
  public LocalDate backupTakenOn() { return backupTakenOn; }
  public String backupLocation() { return backupLocation; }
  public String integrityCheck() { return integrityCheck; }
  public String notRestored() { return notRestored; }
  public String restoredBy() { return restoredBy; }
  public Instant restoredAt() { return restoredAt; }
}

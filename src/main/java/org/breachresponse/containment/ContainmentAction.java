package org.breachresponse.containment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.breachresponse.directory.MachineIsolation;

/**
 * One attempt of one action on one target through one adapter: what was done, by whom, approved by
 * whom, when it started and ended, and how it ended. Rows are only ever added, never changed, so the
 * record shows every retry. A directory isolation keeps what its restore needs to undo it exactly.
 */
@Entity
@Table(name = "containment_action")
public class ContainmentAction {

  private static final int ERROR_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "containment_action_seq")
  @SequenceGenerator(name = "containment_action_seq", sequenceName = "containment_action_seq", allocationSize = 50)
  private Long id;

  @Column(name = "incident_id", nullable = false)
  private Long incidentId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "target_id")
  private ContainmentTarget target;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 16)
  private ActionType action;

  @Enumerated(EnumType.STRING)
  @Column(name = "adapter", nullable = false, length = 24)
  private Adapter adapter;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 12)
  private Outcome outcome;

  @Column(name = "error", length = ERROR_LENGTH)
  private String error;

  @Column(name = "approved_by", nullable = false, length = 64)
  private String approvedBy;

  @Column(name = "performed_by", nullable = false, length = 64)
  private String performedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at", nullable = false)
  private Instant endedAt;

  @Column(name = "original_dn", length = 1000)
  private String originalDn;

  @Column(name = "quarantined_dn", length = 1000)
  private String quarantinedDn;

  @Column(name = "original_flags")
  private Integer originalFlags;

  protected ContainmentAction() {
  }

  static ContainmentAction of(ContainmentTarget target, ActionType action, Adapter adapter, Outcome outcome,
      String error, String performedBy, Instant startedAt, Instant endedAt) {
    ContainmentAction row = new ContainmentAction();
    row.incidentId = target.incident().id();
    row.target = target;
    row.action = action;
    row.adapter = adapter;
    row.outcome = outcome;
    row.error = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    row.approvedBy = target.approvedBy();
    row.performedBy = performedBy;
    row.startedAt = startedAt;
    row.endedAt = endedAt;
    return row;
  }

  /** Keeps what a directory isolation changed, for its restore. */
  ContainmentAction keeping(MachineIsolation isolation) {
    originalDn = isolation.originalDn();
    quarantinedDn = isolation.quarantinedDn();
    originalFlags = isolation.originalAccountFlags();
    return this;
  }

  /** The isolation to undo, as the adapter reported it; empty for EDR and by-hand rows. */
  MachineIsolation isolation() {
    if (originalDn == null) {
      return null;
    }
    return new MachineIsolation(target.name(), originalDn, quarantinedDn, originalFlags,
        outcome == Outcome.ALREADY_DONE);
  }

  boolean done() {
    return outcome == Outcome.SUCCEEDED || outcome == Outcome.ALREADY_DONE;
  }

  public Long id() { return id; }
  public ContainmentTarget target() { return target; }
  public ActionType action() { return action; }
  public Adapter adapter() { return adapter; }
  public Outcome outcome() { return outcome; }
  public String error() { return error; }
  public String approvedBy() { return approvedBy; }
  public String performedBy() { return performedBy; }
  public Instant startedAt() { return startedAt; }
  public Instant endedAt() { return endedAt; }
}

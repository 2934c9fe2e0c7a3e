package org.breachresponse.containment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.breachresponse.audit.AuditStep;
import org.breachresponse.audit.AuditTrail;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.incident.IncidentNotFoundException;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.process.IncidentReference;

/**
 * Removing the threat from each machine: its evidence first, then cleansing or replacement, then a second
 * person's verification; the process restores (or retires) it only after that. Each step is stored with
 * the task that does it, with an audit entry.
 */
@ApplicationScoped
@Named
public class EradicationService {

  private ContainmentService containment;
  private ContainmentLedger ledger;
  private IncidentService incidentService;
  private AuditTrail auditTrail;
  private PracticeClock clock;

  protected EradicationService() {
  }

  @Inject
  public EradicationService(ContainmentService containment, ContainmentLedger ledger, IncidentService incidentService,
      AuditTrail auditTrail, PracticeClock clock) {
    this.containment = containment;
    this.ledger = ledger;
    this.incidentService = incidentService;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void recordEvidence(IncidentReference reference, String machine, EvidenceForm form, String by) {
    ContainmentTarget target = machine(reference, machine);
    Instant now = clock.now();
    for (EvidenceForm.Item item : form.items()) {
      EvidenceItem evidence = new EvidenceItem(target, item, form.collectedBy(), form.collectedAt(), by, now);
      ledger.add(evidence);
      ledger.add(CustodyTransfer.collection(evidence));
    }
    target.evidenceRecorded(form.noEvidenceReason(), by, now);
    auditTrail.record(reference, AuditStep.EVIDENCE_RECORDED, by, machine + ": " + (form.items().isEmpty()
        ? "no evidence taken, reason recorded" : form.items().size() + " evidence items with SHA-256"));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void cleanse(IncidentReference reference, String machine, String scanResult, Remedy remedy,
      String attackerTools, String by) {
    if (scanResult == null || scanResult.isBlank() || scanResult.length() > 2000) {
      throw new InvalidInputException("scanResult", "the anti-malware scan result, in at most 2000 characters");
    }
    if (remedy == null) {
      throw new InvalidInputException("remedy", "say whether the machine was cleaned, re-imaged or replaced");
    }
    if (attackerTools != null && attackerTools.length() > 4000) {
      throw new InvalidInputException("attackerTools", "at most 4000 characters");
    }
    machine(reference, machine).cleanse(scanResult.strip(), remedy,
        attackerTools == null || attackerTools.isBlank() ? null : attackerTools.strip(), by, clock.now());
    auditTrail.record(reference, AuditStep.CLEANSED, by, machine + ": " + remedy);
  }

  /** Refuses the person who cleansed the machine; checked when the task is claimed and when completed. */
  public void checkMayVerify(IncidentReference reference, String machine, String user) {
    machine(reference, machine).checkMayVerify(user);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void verify(IncidentReference reference, String machine, boolean clean, String notes, String by) {
    if (notes == null || notes.isBlank() || notes.length() > 2000) {
      throw new InvalidInputException("verificationNotes", "how you verified it, in at most 2000 characters");
    }
    machine(reference, machine).verify(clean, notes.strip(), by, clock.now());
    auditTrail.record(reference, clean ? AuditStep.VERIFIED_CLEAN : AuditStep.NOT_CLEAN, by,
        machine + (clean ? " verified clean" : " is not clean: cleanse again"));
  }

  /** For {@code Gateway_IsMachineClean}, with the process variable incidentReference (a text). */
  public boolean isClean(String reference, String machine) {
    return machine(IncidentReference.of(reference), machine).readyToReturn();
  }

  /** For {@code Gateway_WasMachineReplaced}, with the process variable incidentReference (a text). */
  public boolean wasReplaced(String reference, String machine) {
    return machine(IncidentReference.of(reference), machine).remedy() == Remedy.REPLACED;
  }

  /** The answer for an evidence item the incident does not have (404 naming {@code itemId}). */
  static IncidentNotFoundException noEvidenceItem(long itemId) {
    return IncidentNotFoundException.part("itemId", "No evidence item " + itemId + " in this incident");
  }

  /** Appends a hand-over to an evidence item's chain of custody; earlier rows are never touched. */
  @Transactional
  public CustodyTransfer transferCustody(IncidentReference reference, long itemId, String from, String to,
      ZonedDateTime at, String location, String purpose, String by) {
    EvidenceItem item = ledger.evidenceItem(reference, itemId).orElseThrow(() -> noEvidenceItem(itemId));
    CustodyTransfer transfer = new CustodyTransfer(item, from, to, at, location, purpose, by, clock.now());
    ledger.add(transfer);
    auditTrail.record(reference, AuditStep.CUSTODY_TRANSFERRED, by, "Evidence item " + itemId + " handed to " + to);
    return transfer;
  }

  /**
   * Every machine is restored, retired or left: recorded in the audit trail (the phase subprocesses move the
   * incident on to recovery).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void threatRemoved(IncidentReference reference) {
    auditTrail.record(reference, AuditStep.THREAT_REMOVED, "engine", "Every affected machine restored, retired or left");
  }

  private ContainmentTarget machine(IncidentReference reference, String machine) {
    return containment.target(reference, TargetKind.MACHINE, machine);
  }
}

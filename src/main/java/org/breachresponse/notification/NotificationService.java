package org.breachresponse.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.breachresponse.assessment.RiskAssessment;
import org.breachresponse.assessment.RiskAssessmentService;
import org.breachresponse.audit.AuditStep;
import org.breachresponse.audit.AuditTrail;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.incident.AffectedPopulation;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.incident.UsJurisdiction;
import org.breachresponse.notification.individual.AffectedIndividual;
import org.breachresponse.notification.individual.AffectedIndividuals;
import org.breachresponse.notification.individual.LetterWording;
import org.breachresponse.notification.obligation.AddedNotice;
import org.breachresponse.notification.obligation.Decisions;
import org.breachresponse.notification.obligation.DerivedObligation;
import org.breachresponse.notification.obligation.EngineDecisions;
import org.breachresponse.notification.obligation.EntityType;
import org.breachresponse.notification.obligation.LawEnforcementDelay;
import org.breachresponse.notification.obligation.LawEnforcementDelayRequest;
import org.breachresponse.notification.obligation.NoticeTexts;
import org.breachresponse.notification.obligation.NotificationFacts;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.notification.obligation.ObligationRules;
import org.breachresponse.notification.obligation.ObligationStatus;
import org.breachresponse.notification.obligation.PlanNotificationsForm;
import org.breachresponse.notification.obligation.Recipient;
import org.breachresponse.notification.obligation.SentNotice;
import org.breachresponse.practice.PracticeTimeZones;
import org.breachresponse.process.IncidentReference;

/**
 * Notification: the obligations the rules derive for a notifiable breach, the privacy officer's plan, each
 * notice's deadline as the engine's timers see it, and what was sent. The models call it as
 * {@code ${notificationService...}}; every change is on the audit trail.
 */
@ApplicationScoped
@Named
public class NotificationService {

  private IncidentService incidents;
  private RiskAssessmentService assessments;
  private NotificationRecords records;
  private Decisions decisions;
  private AuditTrail auditTrail;
  private PracticeClock clock;
  private PracticeTimeZones zones;

  protected NotificationService() {
  }

  @Inject
  public NotificationService(IncidentService incidents, RiskAssessmentService assessments, NotificationRecords records,
      EngineDecisions decisions, AuditTrail auditTrail, PracticeTimeZones zones) {
    this(incidents, assessments, records, (Decisions) decisions, auditTrail, zones);
  }

  public NotificationService(IncidentService incidents, RiskAssessmentService assessments, NotificationRecords records,
      Decisions decisions, AuditTrail auditTrail, PracticeTimeZones zones) {
    this.incidents = incidents;
    this.assessments = assessments;
    this.records = records;
    this.decisions = decisions;
    this.auditTrail = auditTrail;
    this.zones = zones;
    this.clock = zones.server();
  }

  /** The clock of the incident's practice: its days, its due moments, its reminders. */
  public PracticeClock clockOf(Incident incident) {
    return zones.of(incident.practiceId());
  }

  /** The date today where the incident's practice is. */
  public LocalDate today(IncidentReference reference) {
    return clockOf(incidents.get(reference)).today();
  }

  /** The date today where the practice of obligation {@code id}'s incident is. */
  public LocalDate today(long id) {
    return clockOf(records.obligation(id).incident()).today();
  }

  /** The facts of a notifiable breach, as the incident records them (a covered entity: the practice). */
  public NotificationFacts facts(Incident incident) {
    Map<UsJurisdiction, Integer> residents = new EnumMap<>(UsJurisdiction.class);
    for (AffectedPopulation population : incident.affectedPopulations()) {
      residents.merge(population.jurisdiction(), population.individuals(), Integer::sum);
    }
    PracticeClock practiceClock = clockOf(incident);
    LocalDate determined = assessments.current(incident).map(RiskAssessment::assessedAt).map(practiceClock::dateOf)
        .orElse(incident.discoveryDate());
    return new NotificationFacts(incident.discoveryDate(), determined, EntityType.COVERED_ENTITY, false, residents,
        incident.dataTypes());
  }

  // entityType, totalIndividuals and openObligations are called from the model's expressions with the process
  // variable incidentReference, a text.

  /** The {@code entityType} input of {@code hipaaObligations}, as the business rule task passes it: a code. */
  public String entityType(String reference) {
    return facts(incidents.get(IncidentReference.of(reference))).entityType().name();
  }

  /** The {@code totalIndividuals} input of {@code hipaaObligations}: a count, no one's name. */
  public int totalIndividuals(String reference) {
    return facts(incidents.get(IncidentReference.of(reference))).totalIndividuals();
  }

  /**
   * Stores what the rules require, from the rows of {@code hipaaObligations} the business rule task matched;
   * a second call (a retried job) finds them stored and adds nothing.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void deriveObligations(IncidentReference reference, List<Map<String, Object>> federalRows) {
    if (!records.obligations(reference).isEmpty()) {
      return;
    }
    Incident incident = incidents.get(reference);
    List<DerivedObligation> derived = new ObligationRules(decisions).derive(facts(incident), federalRows);
    Instant now = clock.now();
    derived.forEach(o -> records.add(NotificationObligation.required(incident, o, now)));
    auditTrail.record(reference, AuditStep.OBLIGATIONS_DERIVED, "notification rules", derived.size()
        + " notices required by law; first due " + derived.stream().map(DerivedObligation::dueDate).min(LocalDate::compareTo)
        .map(LocalDate::toString).orElse("none"));
  }

  private List<NotificationObligation> legal(IncidentReference reference) {
    return records.obligations(reference).stream().filter(NotificationObligation::requiredByLaw).toList();
  }

  /** What {@code Plan notifications} shows, numbered so the form can name a notice (at most 4,000 characters). */
  public String planSummary(IncidentReference reference) {
    return NoticeTexts.plan(legal(reference));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void plan(IncidentReference reference, PlanNotificationsForm.Plan plan, String by) {
    Incident incident = incidents.get(reference);
    List<NotificationObligation> legal = legal(reference);
    Instant now = clock.now();
    plan.notSent().forEach((number, reason) -> {
      NotificationObligation obligation = legal.get(number - 1);
      obligation.markNotSent(reason, by, now);
      auditTrail.record(reference, AuditStep.NOTICE_NOT_SENT, by, "Will not send: " + NoticeTexts.title(obligation)
          + " (" + obligation.basis() + "); reason: " + reason);
    });
    for (AddedNotice notice : plan.added()) {
      NotificationObligation added = NotificationObligation.added(incident, notice, by, now);
      records.add(added);
      auditTrail.record(reference, AuditStep.NOTICE_ADDED, by, "Added: " + NoticeTexts.title(added) + " due " + notice.dueDate());
    }
    records.add(new LetterWording(incident, plan.wording(), by, now));
    auditTrail.record(reference, AuditStep.NOTIFICATIONS_PLANNED, by, "Notification plan approved, with the letters' wording");
  }

  /** The notices still to send, soonest first: one {@code Send notice} subprocess each. */
  public List<Long> openObligations(String reference) {
    return records.obligations(IncidentReference.of(reference)).stream()
        .filter(o -> o.status() == ObligationStatus.PLANNED)
        .sorted(Comparator.comparing(NotificationObligation::dueDate))
        .map(NotificationObligation::id).toList();
  }

  public LocalDate discoveryDate(IncidentReference reference) {
    return incidents.get(reference).discoveryDate();
  }

  public NotificationObligation obligation(long id) {
    return records.obligation(id);
  }

  public List<NotificationObligation> obligations(IncidentReference reference) {
    return records.obligations(reference);
  }

  public String noticeTaskName(long id) {
    return "Send notice to " + NoticeTexts.title(records.obligation(id));
  }

  public String overdueTaskName(long id) {
    return "Overdue notification: " + NoticeTexts.title(records.obligation(id));
  }

  public String noticeSummary(long id) {
    return NoticeTexts.summary(records.obligation(id));
  }

  /** The Camunda due date of {@code Send notice to …} and the moment its escalation fires. */
  public Date dueAt(long id) {
    NotificationObligation obligation = records.obligation(id);
    return Date.from(clockOf(obligation.incident()).deadline(obligation.dueDate()));
  }

  public Date reminderAt(long id, int daysBefore) {
    NotificationObligation obligation = records.obligation(id);
    return Date.from(clockOf(obligation.incident()).reminder(obligation.dueDate(), daysBefore));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void recordSent(long id, SentNotice sent, String by) {
    NotificationObligation obligation = records.obligation(id);
    obligation.markSent(sent, by, clock.now());
    IncidentReference reference = obligation.incident().reference();
    boolean late = sent.sentOn().isAfter(obligation.dueDate());
    auditTrail.record(reference, late ? AuditStep.NOTICE_SENT_LATE : AuditStep.NOTICE_SENT, by, "Sent " + NoticeTexts.title(obligation)
        + " on " + sent.sentOn() + " (due " + obligation.dueDate() + ") by " + sent.method() + "; proof: " + sent.proof());
  }

  /**
   * What the {@code Send notice} form offers as the count of individuals who cannot be reached: the imported
   * list's count of those without usable contact information, which the officer raises for returned mail.
   */
  public Optional<Integer> unreachableOnList(long id) {
    NotificationObligation obligation = records.obligation(id);
    List<AffectedIndividual> listed = records.individuals(obligation.incident().reference());
    return obligation.recipient() != Recipient.INDIVIDUALS || listed.isEmpty()
        ? Optional.empty() : Optional.of(AffectedIndividuals.of(listed).withoutUsableContact());
  }

  /** 164.404(d)(2): ten or more individuals without usable contact information need substitute notice. */
  public boolean needsSubstituteNotice(long id) {
    NotificationObligation obligation = records.obligation(id);
    return obligation.recipient() == Recipient.INDIVIDUALS && obligation.withoutUsableContact() != null
        && obligation.withoutUsableContact() >= AffectedIndividuals.SUBSTITUTE_NOTICE_THRESHOLD;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void escalated(long id, List<String> toldBy) {
    NotificationObligation obligation = records.obligation(id);
    obligation.escalated(clock.now());
    // Last in the job's transaction: a wave of escalations does not queue on the audit chain's head while each
    // job creates the owner's task (AuditTrail.recordAtCommit).
    auditTrail.recordAtCommit(obligation.incident().reference(), AuditStep.NOTICE_OVERDUE, "engine", NoticeTexts.title(obligation)
        + " was due " + obligation.dueDate() + " and is not recorded as sent; e-mailed " + toldBy
        + " and asked the practice owner to act");
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void reminded(long id, int daysBefore, List<String> to) {
    NotificationObligation obligation = records.obligation(id);
    auditTrail.recordAtCommit(obligation.incident().reference(), AuditStep.NOTICE_REMINDER, "engine", "Reminded " + to + " that "
        + NoticeTexts.title(obligation) + " is due " + obligation.dueDate() + " (" + daysBefore + "-day reminder)");
  }

  /** Records the statement and moves the affected deadlines; returns the notices whose tasks must be renewed. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Long> delayForLawEnforcement(IncidentReference reference, LawEnforcementDelayRequest request, String by) {
    Incident incident = incidents.get(reference);
    LawEnforcementDelay delay = new LawEnforcementDelay(incident, request, by, clock.now());
    records.add(delay);
    List<Long> postponed = records.obligations(reference).stream()
        .filter(NotificationObligation::isHipaaNotice)
        .filter(o -> o.postponeTo(delay.delayedUntil()))
        .map(NotificationObligation::id).toList();
    auditTrail.record(reference, AuditStep.LAW_ENFORCEMENT_DELAY, by, request.form() + " statement of " + delay.statedOn()
        + " by " + delay.official() + " (" + delay.agency() + "): " + postponed.size() + " notices delayed until "
        + delay.delayedUntil() + " (45 CFR 164.412)");
    return postponed;
  }
}

package org.breachresponse.notification.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.breachresponse.audit.AuditStep;
import org.breachresponse.audit.AuditTrail;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentNotFoundException;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.input.StepNotDoneException;
import org.breachresponse.notification.NotificationRecords;
import org.breachresponse.notification.individual.AffectedIndividual;
import org.breachresponse.notification.individual.AffectedIndividuals;
import org.breachresponse.notification.individual.BreachFacts;
import org.breachresponse.notification.individual.IndividualRow;
import org.breachresponse.notification.individual.IndividualsCsv;
import org.breachresponse.notification.individual.LetterRecipient;
import org.breachresponse.notification.individual.Letterheads;
import org.breachresponse.notification.individual.LetterWording;
import org.breachresponse.notification.individual.NoticeLetter;
import org.breachresponse.notification.individual.NoticeLetterPdf;
import org.breachresponse.notification.individual.PracticeDetails;
import org.breachresponse.notification.obligation.ObligationStatus;
import org.breachresponse.notification.obligation.Recipient;
import org.breachresponse.practice.PracticeTimeZones;
import org.breachresponse.process.IncidentReference;

/**
 * The individuals' notice (45 CFR 164.404(d)): the privacy officer's list of affected individuals, a
 * letter for each one reached by first-class mail, and an e-mail for each one who agreed to electronic
 * notice. Names and addresses stay in our tables; the audit trail records counts, never a person.
 */
@ApplicationScoped
public class IndividualNotices {

  @Inject
  private IncidentService incidents;

  @Inject
  private NotificationRecords records;

  @Inject
  private AuditTrail auditTrail;

  @Inject
  private NoticeMail mail;

  @Inject
  PracticeClock clock;

  @Inject
  private PracticeTimeZones zones;

  @Inject
  private Letterheads letterheads;

  /** Replaces the list, all rows or none; refused once any individual has been sent a notice. */
  @Transactional
  public AffectedIndividuals importList(IncidentReference reference, InputStream csv, String by) {
    Incident incident = incidents.get(reference);
    List<IndividualRow> rows = IndividualsCsv.parse(csv);
    if (records.anyIndividualEmailed(reference) || individualsNoticeSent(reference)) {
      throw new NoticeAlreadySentException(reference);
    }
    int replaced = records.removeIndividuals(reference);
    Instant now = clock.now();
    rows.forEach(row -> records.add(new AffectedIndividual(incident, row, by, now)));
    AffectedIndividuals summary = AffectedIndividuals.of(rows);
    auditTrail.record(reference, AuditStep.INDIVIDUALS_IMPORTED, by, summary.total() + " affected individuals imported"
        + (replaced > 0 ? " (replacing " + replaced + ")" : "") + "; " + summary.withoutUsableContact()
        + " without usable contact information; " + summary.reachableByEmail() + " agreed to e-mail");
    return summary;
  }

  @Transactional
  public List<AffectedIndividual> individuals(IncidentReference reference) {
    incidents.get(reference);
    return records.individuals(reference);
  }

  /** One PDF: a letter per individual with a postal address who is not reached by agreed e-mail. */
  @Transactional
  public byte[] letters(IncidentReference reference) {
    Incident incident = incidents.get(reference);
    List<AffectedIndividual> recipients = records.individuals(reference).stream()
        .filter(i -> i.postalAddress() != null && !i.reachableByEmail()).toList();
    if (recipients.isEmpty()) {
      throw new InvalidInputException("individuals",
          "no affected individual with a postal address needs a letter: import the list first");
    }
    return render(incident, recipients);
  }

  @Transactional
  public byte[] letter(IncidentReference reference, long individualId) {
    Incident incident = incidents.get(reference);
    AffectedIndividual individual = records.individual(reference, individualId).orElseThrow(() -> IncidentNotFoundException.part(
        "individualId", "No affected individual " + individualId + " in this incident"));
    return render(incident, List.of(individual));
  }

  /** What one run of the e-mail notices did; a failure stops the run, and the next run sends the rest. */
  public record EmailRun(int sent, int remaining, String failure) {
  }

  /**
   * E-mails each consenting individual not yet e-mailed. Each send is marked in its own transaction at
   * once, so a mail server failure halfway leaves an exact record and a retry resumes where it stopped.
   */
  @Transactional
  public EmailRun emailNotices(IncidentReference reference, String by) {
    Incident incident = incidents.get(reference);
    BreachFacts facts = facts(incident);
    PracticeDetails practice = letterheads.of(incident.practiceId());
    LocalDate today = zones.of(incident.practiceId()).today();
    List<AffectedIndividual> pending = records.individuals(reference).stream()
        .filter(i -> i.reachableByEmail() && i.noticeEmailedAt() == null).toList();
    int sent = 0;
    String failure = null;
    for (AffectedIndividual individual : pending) {
      NoticeLetter letter = new NoticeLetter(practice, facts, recipient(individual), today);
      try {
        mail.send(List.of(individual.email()), letter.subject(), letter.asPlainText());
      } catch (IllegalStateException e) {
        // The server's own words may quote the patient's address: neither the record nor the answer repeats them.
        failure = "the mail server refused the message or could not be reached";
        break;
      }
      records.markEmailed(individual.id(), clock.now());
      sent++;
    }
    auditTrail.record(reference, AuditStep.NOTICES_EMAILED, by, sent + " individuals' notices sent by e-mail (164.404(d)(1))"
        + (failure == null ? "" : "; stopped, " + (pending.size() - sent) + " not sent: " + failure));
    return new EmailRun(sent, pending.size() - sent, failure);
  }

  /** The letters on the letterhead of the incident's practice, dated its today. */
  private byte[] render(Incident incident, List<AffectedIndividual> recipients) {
    BreachFacts facts = facts(incident);
    PracticeDetails practice = letterheads.of(incident.practiceId());
    LocalDate today = zones.of(incident.practiceId()).today();
    return new NoticeLetterPdf().render(recipients.stream()
        .map(i -> new NoticeLetter(practice, facts, recipient(i), today)).toList());
  }

  /**
   * What every letter says about the breach. Refused (409) until the steps that record it are done: the types of
   * information involved (the scope, or the risk assessment when the scope left them open) and the wording.
   */
  private BreachFacts facts(Incident incident) {
    if (incident.dataTypes().isEmpty()) {
      throw new StepNotDoneException("dataTypes", "'Assess the risk' (privacy officer)",
          "A notice must name the types of information involved (45 CFR 164.404(c)(1)(B)), and this incident names"
              + " none: neither its scope nor its risk assessment ticked any");
    }
    LetterWording wording = records.wording(incident.reference()).orElseThrow(() -> new StepNotDoneException(
        "letterWhatHappened", "'Plan notifications' (privacy officer)", "The letters' wording is not written yet"));
    return wording.facts();
  }

  private static LetterRecipient recipient(AffectedIndividual individual) {
    return new LetterRecipient(individual.name(), individual.postalAddress() == null ? "" : individual.postalAddress(),
        individual.state().name());
  }

  private boolean individualsNoticeSent(IncidentReference reference) {
    return records.obligations(reference).stream().anyMatch(o -> o.recipient() == Recipient.INDIVIDUALS
        && o.status() == ObligationStatus.SENT);
  }
}

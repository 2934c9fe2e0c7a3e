package org.breachresponse.notification.hhs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.breachresponse.incident.AccountName;
import org.breachresponse.incident.DataType;
import org.breachresponse.incident.Hostname;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentReport;
import org.breachresponse.incident.Scope;
import org.breachresponse.incident.Sign;
import org.breachresponse.incident.TriageDecision;
import org.breachresponse.incident.UsJurisdiction;
import org.breachresponse.notification.InMemoryNotificationRecords;
import org.breachresponse.notification.individual.Letters;
import org.breachresponse.notification.obligation.DerivedObligation;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.notification.obligation.Recipient;
import org.breachresponse.notification.obligation.SentNotice;
import org.breachresponse.notification.obligation.SubstituteNotice;
import org.breachresponse.process.IncidentReference;

/** Scoped incidents and their notices, kept in memory, for the HHS worksheet and annual log tests. */
final class HhsCases {

  static final Instant AT = Instant.parse("2026-05-01T12:00:00Z");
  /** A patient's name as the individuals' CSV would bring it; it must never reach HHS's paperwork. */
  static final String PATIENT = "Josefina Quattlebaum";

  final InMemoryIncidentService incidents = new InMemoryIncidentService();
  final InMemoryNotificationRecords records = new InMemoryNotificationRecords();

  /** The practice the cases belong to unless a test names another. */
  static final String PRACTICE = "bright-smiles";

  Incident scoped(LocalDate discovered, int individuals, Set<DataType> dataTypes, Sign... signs) {
    return scoped(PRACTICE, discovered, individuals, dataTypes, signs);
  }

  Incident scoped(String practice, LocalDate discovered, int individuals, Set<DataType> dataTypes, Sign... signs) {
    IncidentReference reference = incidents.register(new IncidentReport("Maria, front desk", discovered, List.of(signs), null,
        "The front-desk computer showed a ransom note while " + PATIENT + " checked in"), "front-desk", practice).reference();
    incidents.triage(reference, TriageDecision.CONFIRMED, "Ransom note on screen", "it-responder");
    incidents.recordScope(reference, new Scope(List.of(new Hostname("fd-pc-01")), List.of(new AccountName("mlopez")),
        dataTypes, "A phishing e-mail opened at the front desk", "Suspected: whoever sent it to " + PATIENT,
        Map.of(UsJurisdiction.IL, individuals), false), "it-responder");
    return incidents.get(reference);
  }

  NotificationObligation required(Incident incident, Recipient recipient, String jurisdiction, LocalDate due) {
    NotificationObligation obligation = NotificationObligation.required(incident,
        new DerivedObligation(recipient, jurisdiction, "authority", due, "45 CFR 164.4xx", false), AT);
    records.add(obligation);
    return obligation;
  }

  /** The annual-log notice to HHS: 60 days after the end of the year of discovery. */
  NotificationObligation hhsAnnualLog(Incident incident) {
    return required(incident, Recipient.HHS, DerivedObligation.FEDERAL,
        LocalDate.of(incident.discoveryDate().getYear(), 12, 31).plusDays(60));
  }

  static void sent(NotificationObligation obligation, LocalDate on, Integer withoutUsableContact) {
    obligation.markSent(new SentNotice(on, "first-class mail", "letter batch 1", withoutUsableContact), "dana", AT);
  }

  List<SubstituteNotice> substituteNotice(NotificationObligation individuals, LocalDate from) {
    records.add(new SubstituteNotice(individuals, SubstituteNotice.Kind.WEB_POSTING, "www.smile-dental.example/notice",
        from, "dana"));
    records.add(new SubstituteNotice(individuals, SubstituteNotice.Kind.TOLL_FREE_NUMBER, "1-800-555-0100", from,
        "dana"));
    return records.substituteNotices(individuals.id());
  }

  HhsWorksheet worksheet(Incident incident, List<SubstituteNotice> substituteNotices) {
    return HhsWorksheets.build(incident, Optional.empty(), records.obligations(incident.reference()),
        substituteNotices, Letters.PRACTICE, ActionsTaken.of(incident, Optional.empty()));
  }
}

package org.breachresponse.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.junit.jupiter.api.Test;
import org.breachresponse.process.IncidentReference;

class ReviewReportPdfTest {

  private static final String PATIENT = "Josefina Quattlebaum";

  @Test
  void theReportHasEveryPartOfTheReviewWhoHeldItAndNoPatient() throws IOException {
    InMemoryIncidentService incidents = new InMemoryIncidentService();
    IncidentReference reference = incidents.register(new IncidentReport("Maria, front desk", LocalDate.of(2026, 11, 2),
        List.of(Sign.UNUSUAL_NETWORK_ACTIVITY), null, "Ransom note while " + PATIENT + " checked in"), "front-desk").reference();
    incidents.triage(reference, TriageDecision.CONFIRMED, "Ransom note on screen", "it-responder");
    incidents.recordScope(reference, new Scope(List.of(new Hostname("fd-pc-01")), List.of(new AccountName("mlopez")),
        Set.of(DataType.NAMES), "Phishing", null, Map.of(UsJurisdiction.TX, 12), false), "it-responder");
    Incident incident = incidents.get(reference);
    String longTraining = "Phishing training for every member of staff. ".repeat(60);
    SecurityReview review = new SecurityReview(incident, new ReviewForm("A phishing e-mail opened at reception",
        "Isolation within the hour", "Backups reachable from reception", "Backups offline; MFA on e-mail",
        longTraining, "dana.reyes"), "owner", Instant.parse("2026-11-30T15:00:00Z"));

    byte[] pdf = ReviewReportPdf.render(incident, "Bright Smiles Dental, PLLC", review, List.of(), List.of(), ZoneId.of("America/Chicago"));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      assertThat(text).contains("Security review — incident " + reference)
          .contains("Practice: Bright Smiles Dental, PLLC")
          .contains("Reviewed 2026-11-30 09:00 CST by owner with privacy officer dana.reyes")
          .contains("Root cause").contains("A phishing e-mail opened at reception")
          .contains("What did not work").contains("Backups reachable from reception")
          .contains("Changes to policy and procedures").contains("Training")
          .contains("page 1 of " + document.getNumberOfPages())
          .doesNotContain(PATIENT);
    }
  }
}

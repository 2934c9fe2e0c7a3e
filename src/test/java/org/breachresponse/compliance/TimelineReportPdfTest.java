package org.breachresponse.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.breachresponse.compliance.Timeline.EventKind;
import org.breachresponse.notification.obligation.Recipient;
import org.breachresponse.incident.IncidentView.PracticeView;
import org.breachresponse.process.Phase;
import org.junit.jupiter.api.Test;
import org.breachresponse.process.IncidentReference;

class TimelineReportPdfTest {

  private static final Instant REPORTED = Instant.parse("2026-11-01T14:00:00Z");
  private static final Instant GENERATED = Instant.parse("2027-02-01T09:30:00Z");
  private static final String LONG_RATIONALE = "Names and addresses were copied to a server abroad; "
      + "the attacker had the database for nine days, ".repeat(8) + "so the probability of compromise is not low.";

  @Test
  void theReportHasEverySectionAndNamesTheIncidentOnEveryNumberedPage() throws IOException {
    byte[] bytes = TimelineReportPdf.render(timeline(150), GENERATED);

    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      int pages = pdf.getNumberOfPages();
      assertThat(pages).as("150 audit entries do not fit one page").isGreaterThan(2);
      // Lines are wrapped at the margin: compare the words, not where the lines break.
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Breach response timeline: BR-2026-0007", "Incident summary", "Phases",
          "Notice deadlines", "Decisions", "Containment actions", "Escalations", "Task log", "Audit trail",
          "Practice: Bright Smiles Dental, PLLC (bright-smiles)", "Discovered: 2026-10-30", "Closed: 2027-01-20 10:00:00 UTC by practice-owner",
          "MET · Affected individuals (US) · 45 CFR 164.404(b) · due 2026-12-29 · sent 2026-12-20",
          "MISSED · Texas Attorney General (TX)", "Triage: CONFIRMED. Rationale: EDR alert confirmed",
          "ISOLATE FRONTDESK-PC: SUCCEEDED", "Response times",
          "Time to acknowledge (report to claim): PT10M", "Time to confirm (report to triage): PT20M",
          "Time to contain (approval to every target contained): not yet",
          "Confirm the breach: NO_TARGET · started 2026-11-01 14:05:00 UTC",
          "Confirm the breach (Task_ConfirmBreach, it-responder): created 2026-11-01 14:05:00 UTC; claimed by "
              + "it-responder 2026-11-01 14:10:00 UTC; completed by it-responder 2026-11-01 14:20:00 UTC",
          "audit entry 150");
      assertThat(text).as("a long rationale is wrapped, not cut").contains(LONG_RATIONALE);
      for (int page = 1; page <= pages; page++) {
        PDFTextStripper onePage = new PDFTextStripper();
        onePage.setStartPage(page);
        onePage.setEndPage(page);
        assertThat(onePage.getText(pdf)).contains("Breach response timeline · BR-2026-0007 · generated 2027-02-01 09:30:00 UTC")
            .contains("page " + page + " of " + pages);
      }
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Breach response timeline BR-2026-0007");
    }
  }

  @Test
  void emptySectionsSayNone() throws IOException {
    Timeline open = new Timeline(IncidentReference.of("BR-2026-0008"), null, Phase.IDENTIFY, LocalDate.of(2026, 11, 1), REPORTED, "front-desk",
        null, null, List.of(new Timeline.PhaseSpan(Phase.IDENTIFY, REPORTED, null)), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), null);

    try (PDDocument pdf = Loader.loadPDF(TimelineReportPdf.render(open, GENERATED))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Practice: —", "Closed: not yet", "IDENTIFY: from 2026-11-01 14:00:00 UTC", "None.", "page 1 of 1");
    }
  }

  private static Timeline timeline(int auditEntries) {
    Instant closed = Instant.parse("2027-01-20T10:00:00Z");
    List<Timeline.Event> events = new ArrayList<>();
    IntStream.rangeClosed(1, auditEntries).forEach(i -> events.add(new Timeline.Event(REPORTED.plus(Duration.ofMinutes(i)),
        EventKind.RECORD, "STEP_" + i, "it-responder", "audit entry " + i)));
    return new Timeline(IncidentReference.of("BR-2026-0007"),
        new PracticeView("bright-smiles", "Bright Smiles Dental, PLLC"), Phase.CLOSED, LocalDate.of(2026, 10, 30), REPORTED, "front-desk", closed,
        "practice-owner",
        List.of(new Timeline.PhaseSpan(Phase.IDENTIFY, REPORTED, REPORTED.plusSeconds(3600)),
            new Timeline.PhaseSpan(Phase.CLOSED, closed, null)),
        List.of(new Timeline.Task("Confirm the breach", TASK_CONFIRM_BREACH, "it-responder",
            REPORTED.plusSeconds(300), null, "it-responder", REPORTED.plusSeconds(600), "it-responder",
            REPORTED.plusSeconds(1200), Timeline.TaskState.COMPLETED)),
        List.of(new Timeline.Decision(REPORTED.plusSeconds(1200), "it-responder", "Triage: CONFIRMED", "EDR alert confirmed"),
            new Timeline.Decision(REPORTED.plusSeconds(7200), "privacy-officer", "Risk assessment: NOTIFIABLE_BREACH",
                LONG_RATIONALE)),
        List.of(new Timeline.ContainmentStep(REPORTED.plusSeconds(4000), "engine", "FRONTDESK-PC", "ISOLATE", "SUCCEEDED")),
        List.of(new Timeline.Deadline("Affected individuals (US)", Recipient.INDIVIDUALS, "US", "45 CFR 164.404(b)",
                LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 20), DeadlineStatus.MET),
            new Timeline.Deadline("Texas Attorney General (TX)", Recipient.STATE_REGULATOR, "TX",
                "Tex. Bus. & Com. Code 521.053(i)", LocalDate.of(2026, 12, 1), null, DeadlineStatus.MISSED)),
        List.of(new Timeline.Escalation(Instant.parse("2026-12-02T05:59:00Z"), "Texas Attorney General (TX)",
            "Texas Attorney General (TX) was due 2026-12-01 and is not recorded as sent")),
        events, ResponseTimes.of(REPORTED, REPORTED.plusSeconds(1200),
            List.of(new Timeline.Task("Confirm the breach", TASK_CONFIRM_BREACH, "it-responder",
                REPORTED.plusSeconds(300), null, "it-responder", REPORTED.plusSeconds(600), "it-responder",
                REPORTED.plusSeconds(1200), Timeline.TaskState.COMPLETED)), closed));
  }
}

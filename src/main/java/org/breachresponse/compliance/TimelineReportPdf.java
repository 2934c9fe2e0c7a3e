package org.breachresponse.compliance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.breachresponse.pdf.LetterFont;
import org.breachresponse.pdf.PageWriter;

/**
 * An incident's timeline as a PDF report to hand to a regulator: summary, phases, notice deadlines (due
 * against sent), decisions with their rationale, containment actions, escalations, the task log and the
 * whole audit trail. Every page names the incident and when the report was made, and is numbered "page n
 * of m". It prints only what the timeline holds, which names no affected individual and leaves out the
 * incident's description.
 */
public final class TimelineReportPdf {

  static final String TITLE = "Breach response timeline";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
      .withZone(ZoneOffset.UTC);
  private static final float BODY = 9.5f;
  private static final float LEADING = 12.5f;

  private TimelineReportPdf() {
  }

  public static byte[] render(Timeline timeline, Instant generatedAt) {
    try (PDDocument document = new PDDocument();
        LetterFont regular = LetterFont.load(document, LetterFont.REGULAR);
        LetterFont bold = LetterFont.load(document, LetterFont.BOLD)) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(TITLE + " " + timeline.reference());
      info.setCreator("Breach Response");
      PageWriter pages = new PageWriter(document, regular);
      pages.startLetter(null);
      new Report(pages, regular, bold).write(timeline, generatedAt);
      pages.finish();
      pages.stampPages(TITLE + " · " + timeline.reference() + " · generated " + time(generatedAt));
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      document.save(pdf);
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the timeline of " + timeline.reference(), e);
    }
  }

  static String time(Instant instant) {
    return instant == null ? "—" : TIME.format(instant);
  }

  /** The sections in the order a reader checks them: what happened, were the notices on time, why, who. */
  private record Report(PageWriter pages, LetterFont regular, LetterFont bold) {

    void write(Timeline t, Instant generatedAt) {
      pages.paragraph(TITLE + ": " + t.reference(), bold, 16, 20);
      body("Generated " + time(generatedAt) + ". All times are UTC. This report names no affected individual.");
      section("Incident summary", List.of(
          "Reference: " + t.reference(),
          "Practice: " + (t.practice() == null ? "—" : t.practice().name() + " (" + t.practice().id() + ")"),
          "Phase: " + t.phase(),
          "Discovered: " + t.discoveryDate(),
          "Reported: " + time(t.reportedAt()) + " (recorded by " + t.recordedBy() + ")",
          "Closed: " + (t.closedAt() == null ? "not yet" : time(t.closedAt()) + " by " + t.closedBy())),
          Function.identity());
      section("Phases", t.phases(), p -> p.phase() + ": from " + time(p.startedAt())
          + (p.endedAt() == null ? "" : " to " + time(p.endedAt())));
      section("Notice deadlines", t.deadlines(), d -> d.status() + " · " + d.title() + " · " + d.basis() + " · due "
          + d.dueDate() + " · " + (d.sentOn() == null ? "not sent" : "sent " + d.sentOn()));
      section("Response times", responseTimes(t.responseTimes()), Function.identity());
      section("Decisions", t.decisions(), d -> time(d.at()) + " · " + d.by() + " · " + d.decision()
          + (d.rationale() == null ? "" : ". Rationale: " + d.rationale()));
      section("Containment actions", t.containmentActions(), c -> time(c.at()) + " · " + c.by() + " · " + c.action()
          + " " + c.target() + ": " + c.outcome());
      section("Escalations", t.escalations(), e -> time(e.at()) + " · " + e.detail());
      section("Task log", t.tasks(), this::task);
      section("Audit trail", t.events().stream().filter(e -> e.kind() == Timeline.EventKind.RECORD).toList(),
          e -> time(e.at()) + " · " + e.actor() + " · " + e.title() + " · " + e.detail());
    }

    /** The first hours against their targets; none for a timeline without them. */
    private List<String> responseTimes(ResponseTimes times) {
      if (times == null) {
        return List.of();
      }
      List<String> lines = new java.util.ArrayList<>(List.of(
          "Time to acknowledge (report to claim): " + orNotYet(times.toAcknowledge()),
          "Time to confirm (report to triage): " + orNotYet(times.toConfirm()),
          "Time to contain (approval to every target contained): " + orNotYet(times.toContain())));
      times.steps().forEach(step -> lines.add(step.task() + ": " + step.result() + " · started "
          + time(step.startedAt()) + (step.dueAt() == null ? "" : " · due " + time(step.dueAt()))
          + (step.doneAt() == null ? "" : " · done " + time(step.doneAt()))));
      return lines;
    }

    private static String orNotYet(String duration) {
      return duration == null ? "not yet" : duration;
    }

    private String task(Timeline.Task task) {
      return task.name() + " (" + task.activityId()
          + (task.candidateGroup() == null ? "" : ", " + task.candidateGroup())
          + "): created " + time(task.createdAt())
          + (task.claimedBy() == null ? "" : "; claimed by " + task.claimedBy() + " " + time(task.claimedAt()))
          + (task.completedBy() == null ? "" : "; completed by " + task.completedBy() + " " + time(task.completedAt()))
          + (task.state() == Timeline.TaskState.COMPLETED ? "" : "; " + task.state().name().toLowerCase(Locale.ROOT));
    }

    private <T> void section(String heading, List<T> items, Function<T, String> line) {
      pages.space(12);
      // A heading never ends a page: it moves down with at least two lines of its section.
      pages.keepTogether(LEADING * 3 + 4);
      pages.paragraph(heading, bold, 12, 16);
      if (items.isEmpty()) {
        body("None.");
      }
      for (T item : items) {
        pages.space(3);
        body(line.apply(item));
      }
    }

    private void body(String text) {
      pages.paragraph(text, regular, BODY, LEADING);
    }
  }
}

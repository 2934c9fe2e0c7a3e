package org.breachresponse.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.breachresponse.incident.Incident;
import org.breachresponse.pdf.LetterFont;
import org.breachresponse.pdf.PageWriter;
import org.breachresponse.recovery.DataRestoration;
import org.breachresponse.recovery.SecurityGap;

/**
 * The review's report as a PDF: the lessons learned with who held the review, and what recovery changed.
 * Rendered from the stored, unchangeable records, so the same review always prints the same report;
 * it names machines and staff, never a patient.
 */
final class ReviewReportPdf {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private ReviewReportPdf() {
  }

  /**
   * @param practiceName the incident's practice, named under the title; null for an incident of an engine test
   *                     without practices
   * @param zone         the practice's time zone, in which the moments print
   */
  static byte[] render(Incident incident, String practiceName, SecurityReview review, List<DataRestoration> restorations,
      List<SecurityGap> gaps, ZoneId zone) {
    try (PDDocument document = new PDDocument();
        LetterFont regular = LetterFont.load(document, LetterFont.REGULAR);
        LetterFont bold = LetterFont.load(document, LetterFont.BOLD)) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Security review of incident " + incident.reference());
      PageWriter page = new PageWriter(document, regular);
      page.startLetter(null);
      page.paragraph("Security review — incident " + incident.reference(), bold, 16, 20);
      if (practiceName != null) {
        page.paragraph("Practice: " + practiceName, regular, 10, 14);
      }
      page.paragraph("Reviewed " + WHEN.format(review.reviewedAt().atZone(zone)) + " by " + review.reviewedBy()
          + " with privacy officer " + review.privacyOfficer() + ". Breach discovered " + incident.discoveryDate()
          + "; reported " + WHEN.format(incident.reportedAt().atZone(zone)) + ".", regular, 10, 14);
      page.rule();
      section(page, bold, regular, "Root cause", review.rootCause());
      section(page, bold, regular, "What worked", review.whatWorked());
      section(page, bold, regular, "What did not work", review.whatDidNotWork());
      section(page, bold, regular, "Changes to policy and procedures", review.policyChanges());
      section(page, bold, regular, "Training", review.training());
      heading(page, bold, "Security gaps closed");
      for (SecurityGap gap : gaps) {
        page.paragraph("• " + gap.gap() + " → " + gap.changeMade() + " (" + gap.closedBy() + ")", regular, 10, 14);
      }
      heading(page, bold, "Data restored");
      for (DataRestoration restoration : restorations) {
        page.paragraph("• " + restoration.system() + ": backup of " + restoration.backupTakenOn() + " from "
            + restoration.backupLocation() + ". Verified: " + restoration.integrityCheck()
            + (restoration.notRestored() == null ? "" : ". Not restored: " + restoration.notRestored())
            + " (" + restoration.restoredBy() + ")", regular, 10, 14);
      }
      page.finish();
      page.stampPages("Security review · incident " + incident.reference()
          + " · kept six years (45 CFR 164.530(j)(2))");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void section(PageWriter page, LetterFont bold, LetterFont regular, String title, String text) {
    heading(page, bold, title);
    page.paragraph(text, regular, 10, 14);
  }

  private static void heading(PageWriter page, LetterFont bold, String title) {
    page.space(8);
    page.keepTogether(40);
    page.paragraph(title, bold, 12, 16);
  }
}

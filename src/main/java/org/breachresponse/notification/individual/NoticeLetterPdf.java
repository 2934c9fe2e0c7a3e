package org.breachresponse.notification.individual;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.breachresponse.pdf.LetterFont;
import org.breachresponse.pdf.PageWriter;

/**
 * Notice letters as one PDF for first-class mail (164.404(d)(1)): each letter starts on a new page, so a
 * whole mailing prints in one job and a single letter is just a list of one. Layout: letterhead, date,
 * the recipient's address block (top left, where a window envelope shows it), salutation, the sections,
 * and the privacy officer's closing. The PDF's metadata names no one: only the title is set.
 */
public final class NoticeLetterPdf {

  static final String TITLE = "Notice of data breach";

  private static final float BODY = 10.5f;
  private static final float LEADING = 14;
  private static final float SIGNATURE = 22;

  /** One PDF holding every letter, each from the top of a new page. */
  public byte[] render(List<NoticeLetter> letters) {
    if (letters.isEmpty()) {
      throw new IllegalArgumentException("no letters to render");
    }
    try (PDDocument document = new PDDocument();
        LetterFont regular = LetterFont.load(document, LetterFont.REGULAR);
        LetterFont bold = LetterFont.load(document, LetterFont.BOLD)) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(TITLE);
      info.setCreator("Breach Response");
      PageWriter pages = new PageWriter(document, regular);
      for (NoticeLetter letter : letters) {
        new Layout(pages, regular, bold).write(letter);
      }
      pages.finish();
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      document.save(pdf);
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render notice letters", e);
    }
  }

  /** The order and type sizes of one letter's parts. */
  private record Layout(PageWriter pages, LetterFont regular, LetterFont bold) {

    void write(NoticeLetter letter) {
      PracticeDetails practice = letter.practice();
      pages.startLetter(practice.legalName() + " · " + TITLE + " · " + letter.recipient().name());
      letterhead(practice);
      pages.space(18);
      body(letter.dateLine());
      pages.space(18);
      body(letter.recipient().name());
      letter.recipient().postalAddressLines().forEach(this::body);
      pages.space(18);
      body(letter.salutation());
      pages.space(6);
      body(letter.opening());
      for (NoticeLetter.Section section : letter.sections()) {
        pages.space(10);
        // A heading never ends a page: it moves down with at least two lines of its text.
        pages.keepTogether(LEADING * 3 + 4);
        pages.paragraph(section.heading(), bold, 12, LEADING + 2);
        for (String paragraph : section.paragraphs()) {
          pages.space(4);
          body(paragraph);
        }
      }
      List<String> closing = letter.closing();
      pages.space(12);
      // The closing stays whole, with room for a signature between "Sincerely," and the name.
      pages.keepTogether(LEADING * closing.size() + SIGNATURE);
      body(closing.get(0));
      pages.space(SIGNATURE);
      closing.subList(1, closing.size()).forEach(this::body);
    }

    private void letterhead(PracticeDetails practice) {
      pages.paragraph(practice.legalName(), bold, 15, 18);
      pages.paragraph(String.join(" · ", practice.postalAddressLines()), regular, 9, 12);
      pages.paragraph("Toll-free " + practice.tollFreeNumber() + " · " + practice.email() + " · "
          + practice.website(), regular, 9, 12);
      pages.rule();
    }

    private void body(String text) {
      pages.paragraph(text, regular, BODY, LEADING);
    }
  }
}

package org.breachresponse.notification.individual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.notification.individual.Letters.AN;
import static org.breachresponse.notification.individual.Letters.JOSE;
import static org.breachresponse.notification.individual.Letters.LETTER_DATE;
import static org.breachresponse.notification.individual.Letters.PRACTICE;
import static org.breachresponse.notification.individual.Letters.letter;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.breachresponse.incident.DataType;
import org.junit.jupiter.api.Test;
import org.breachresponse.process.IncidentReference;

class NoticeLetterPdfTest {

  private final NoticeLetterPdf pdf = new NoticeLetterPdf();

  @Test
  void twoLettersPrintOnePerPageWithEverythingTheRuleAsksFor() throws IOException {
    byte[] bytes = pdf.render(List.of(letter(JOSE, DataType.NAMES, DataType.SOCIAL_SECURITY_NUMBERS),
        letter(AN, DataType.INSURANCE_IDS)));

    try (PDDocument document = Loader.loadPDF(bytes)) {
      List<String> letters = lettersByPage(document);
      assertThat(letters).hasSize(2);
      assertThat(letters.get(0)).contains("José Núñez", "Dear José Núñez,", "48 Oak Avenue")
          .doesNotContain("Nguyễn");
      assertThat(letters.get(1)).contains("Nguyễn Văn An", "Dear Nguyễn Văn An,", "Baltimore, MD 21201",
          "Information for Maryland residents", "1-888-743-0023");
      for (String letter : letters) {
        assertThat(letter).contains("Smile Dental Care, P.C.", "April 20, 2026",
            "What happened", "What information was involved", "What you can do", "What we are doing",
            "For more information", "We discovered it on April 6, 2026.", "Call toll-free: 1-800-555-0100",
            "E-mail: privacy@smile-dental.example", "Web site: www.smile-dental.example",
            "Sincerely,", "Dana Reyes, Privacy Officer");
      }
      assertThat(letters.get(0)).contains("Equifax: 1-800-685-1111", "your Social Security number");
    }
  }

  @Test
  void eachLetterStartsOnANewUsLetterPage() throws IOException {
    NoticeLetter jose = letter(JOSE, DataType.NAMES, DataType.SOCIAL_SECURITY_NUMBERS);
    NoticeLetter an = letter(AN, DataType.NAMES);

    try (PDDocument both = Loader.loadPDF(pdf.render(List.of(jose, an)));
        PDDocument joseAlone = Loader.loadPDF(pdf.render(List.of(jose)))) {
      int anStarts = joseAlone.getNumberOfPages() + 1;
      assertThat(text(joseAlone, 1, 1)).startsWith("Smile Dental Care, P.C.").contains("José Núñez");
      assertThat(text(both, anStarts, anStarts)).startsWith("Smile Dental Care, P.C.").contains("Nguyễn Văn An")
          .doesNotContain("José");
      assertThat(both.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
      assertThat(both.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.LETTER.getHeight());
    }
  }

  @Test
  void aShortLetterFitsOneSheet() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.render(List.of(letter(JOSE, DataType.NAMES))))) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
    }
  }

  @Test
  void aLongAccountWrapsOntoMorePagesWithoutLosingAWord() throws IOException {
    String whatHappened = IntStream.rangeClosed(1, 200)
        .mapToObj(i -> "Paragraph " + i + " of the account says in some detail what was found on the"
            + " front-desk computer and when, so that the text is long enough to wrap onto a second line.")
        .collect(Collectors.joining("\n\n"));
    BreachFacts facts = new BreachFacts(IncidentReference.of("BR-2026-0007"), null, LocalDate.of(2026, 4, 6), whatHappened,
        Set.of(DataType.NAMES), "We reset every password.");

    byte[] bytes = pdf.render(List.of(new NoticeLetter(PRACTICE, facts, JOSE, LETTER_DATE)));

    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(5);
      String text = oneLine(text(document, 1, document.getNumberOfPages()));
      for (int i = 1; i <= 200; i++) {
        assertThat(text).contains("Paragraph " + i + " of the account says in some detail what was found on"
            + " the front-desk computer and when, so that the text is long enough to wrap onto a second line.");
      }
      assertThat(text).contains("For more information", "Dana Reyes, Privacy Officer");
      assertThat(text(document, 2, 2)).contains("José Núñez · page 2");
    }
  }

  @Test
  void aCharacterTheFontLacksPrintsAsAReplacementAndTheRestPrints() throws IOException {
    LetterRecipient li = new LetterRecipient("李小龍 (Lee Siu-lung)", "1 Pine Street\nSpringfield, IL 62704", "IL");
    LetterRecipient zoe = new LetterRecipient("Zoë O'Brien", "2 Elm Street\nSpringfield, IL 62704", "IL");

    byte[] bytes = pdf.render(List.of(letter(li, DataType.NAMES), letter(zoe, DataType.NAMES)));

    try (PDDocument document = Loader.loadPDF(bytes)) {
      List<String> letters = lettersByPage(document);
      assertThat(letters.get(0)).contains("Dear \uFFFD\uFFFD\uFFFD (Lee Siu-lung),", "1 Pine Street",
          "For more information");
      assertThat(letters.get(1)).contains("Dear Zoë O'Brien,");
    }
  }

  @Test
  void aVeryLongUnbrokenWordIsCutAtTheMarginNotLost() throws IOException {
    BreachFacts facts = new BreachFacts(IncidentReference.of("BR-2026-0001"), null, LocalDate.of(2026, 4, 6), "x".repeat(400),
        Set.of(DataType.NAMES), "We reset every password.");

    byte[] bytes = pdf.render(List.of(new NoticeLetter(PRACTICE, facts, JOSE, LETTER_DATE)));

    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(text(document, 1, 1).replaceAll("\\s", "")).contains("x".repeat(400));
    }
  }

  @Test
  void theMetadataCarriesTheTitleAndNoPersonalInformation() throws IOException {
    byte[] bytes = pdf.render(List.of(letter(JOSE, DataType.SOCIAL_SECURITY_NUMBERS)));

    try (PDDocument document = Loader.loadPDF(bytes)) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("Notice of data breach");
      assertThat(info.getSubject()).isNull();
      assertThat(info.getKeywords()).isNull();
      assertThat(info.getAuthor()).isNull();
      assertThat(document.getDocumentCatalog().getMetadata()).isNull();
    }
  }

  /** The text of each letter, split where a page starts with the letterhead rather than a running header. */
  private static List<String> lettersByPage(PDDocument document) throws IOException {
    List<Integer> firstPages = IntStream.rangeClosed(1, document.getNumberOfPages())
        .filter(page -> !uncheckedText(document, page).contains(" · page ")).boxed().toList();
    return IntStream.range(0, firstPages.size()).mapToObj(i -> uncheckedText(document, firstPages.get(i),
        i + 1 < firstPages.size() ? firstPages.get(i + 1) - 1 : document.getNumberOfPages())).toList();
  }

  private static String uncheckedText(PDDocument document, int page) {
    return uncheckedText(document, page, page);
  }

  private static String uncheckedText(PDDocument document, int from, int to) {
    try {
      return text(document, from, to);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String text(PDDocument document, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(document);
  }

  /** Running headers dropped and wrapped lines joined, so a sentence is found across lines and pages. */
  private static String oneLine(String text) {
    return text.replaceAll("(?m)^.* · page \\d+\\R", "").replaceAll("\\s*\\R\\s*", " ");
  }
}

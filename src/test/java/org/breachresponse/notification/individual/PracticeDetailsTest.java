package org.breachresponse.notification.individual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.breachresponse.incident.DataType;
import org.breachresponse.practice.Practice;
import org.breachresponse.practice.PracticeId;
import org.breachresponse.practice.PracticeProfile;
import org.junit.jupiter.api.Test;

class PracticeDetailsTest {

  private static final PracticeProfile SMILE = new PracticeProfile("Smile Dental Care, P.C.",
      "12 Main Street | Suite 3 | Springfield, IL 62701", "1-800-555-0100", "privacy@smile-dental.example",
      "https://smile-dental.example", "Dana Reyes, Privacy Officer", "America/Chicago", null);

  private static Practice practice(String id, PracticeProfile profile) {
    return new Practice(new PracticeId(id), profile, "admin", Instant.parse("2026-12-01T00:00:00Z"));
  }

  @Test
  void thePracticesSettingsGiveTheDetailsWithTheAddressSplitIntoLines() {
    PracticeDetails practice = PracticeDetails.of(practice("smile", SMILE));

    assertThat(practice.legalName()).isEqualTo("Smile Dental Care, P.C.");
    assertThat(practice.tollFreeNumber()).isEqualTo("1-800-555-0100");
    assertThat(practice.email()).isEqualTo("privacy@smile-dental.example");
    assertThat(practice.website()).isEqualTo("https://smile-dental.example");
    assertThat(practice.privacyOfficer()).isEqualTo("Dana Reyes, Privacy Officer");
    assertThat(practice.postalAddressLines())
        .containsExactly("12 Main Street", "Suite 3", "Springfield, IL 62701");
  }

  @Test
  void twoPracticesHaveTheirOwnDetails() {
    PracticeProfile other = new PracticeProfile("Lakeside Family Dentistry, LLC", "9 Shore Road | Tahoe City, CA 96145",
        "1-888-555-0199", "privacy@lakeside.example", "https://lakeside.example", "Sam Ortiz, Office Manager",
        "America/Los_Angeles", null);

    assertThat(PracticeDetails.of(practice("lakeside", other)))
        .isEqualTo(new PracticeDetails("Lakeside Family Dentistry, LLC", "9 Shore Road | Tahoe City, CA 96145",
            "1-888-555-0199", "privacy@lakeside.example", "https://lakeside.example", "Sam Ortiz, Office Manager"));
    assertThat(PracticeDetails.of(practice("smile", SMILE)).legalName()).isEqualTo("Smile Dental Care, P.C.");
  }

  @Test
  void lettersOfTwoPracticesCarryTheirOwnLetterheadAndContacts() throws IOException {
    PracticeProfile lakeside = new PracticeProfile("Lakeside Family Dentistry, LLC", "9 Shore Road | Tahoe City, CA 96145",
        "1-888-555-0199", "privacy@lakeside.example", "https://lakeside.example", "Sam Ortiz, Office Manager",
        "America/Los_Angeles", null);
    NoticeLetter smileLetter = new NoticeLetter(PracticeDetails.of(practice("smile", SMILE)), Letters.facts(DataType.NAMES),
        Letters.JOSE, Letters.LETTER_DATE);
    NoticeLetter lakesideLetter = new NoticeLetter(PracticeDetails.of(practice("lakeside", lakeside)),
        Letters.facts(DataType.NAMES), Letters.AN, Letters.LETTER_DATE);

    String smileText = text(new NoticeLetterPdf().render(List.of(smileLetter)));
    String lakesideText = text(new NoticeLetterPdf().render(List.of(lakesideLetter)));

    assertThat(smileText).contains("Smile Dental Care, P.C.", "Springfield, IL 62701", "1-800-555-0100",
        "privacy@smile-dental.example", "Dana Reyes").doesNotContain("Lakeside", "1-888-555-0199");
    assertThat(lakesideText).contains("Lakeside Family Dentistry, LLC", "Tahoe City, CA 96145", "1-888-555-0199",
        "privacy@lakeside.example", "Sam Ortiz").doesNotContain("Smile Dental", "1-800-555-0100");
    assertThat(lakesideLetter.asPlainText()).contains("Lakeside Family Dentistry, LLC", "1-888-555-0199")
        .doesNotContain("Smile Dental");
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void aMissingDetailIsRefusedNamingThePracticeAndItsField() {
    PracticeProfile noNumber = new PracticeProfile(SMILE.name(), SMILE.postalAddress(), null, SMILE.email(),
        SMILE.website(), SMILE.privacyOfficer(), SMILE.timeZone(), null);

    assertThatThrownBy(() -> PracticeDetails.of(practice("smile", noNumber)))
        .isInstanceOfSatisfying(PracticeDetailsMissingException.class, e -> {
          assertThat(e.practiceId()).isEqualTo("smile");
          assertThat(e.missing()).containsExactly("tollFreeNumber");
        })
        .hasMessageContaining("tollFreeNumber").hasMessageContaining("PUT /camunda/api/breach/practices/smile");
  }

  @Test
  void whitespaceOnlyCountsAsMissing() {
    PracticeProfile blank = new PracticeProfile(SMILE.name(), "  ", SMILE.tollFreeNumber(), " \t ", "",
        null, SMILE.timeZone(), null);

    assertThatThrownBy(() -> PracticeDetails.of(practice("smile", blank)))
        .isInstanceOfSatisfying(PracticeDetailsMissingException.class, e -> assertThat(e.missing())
            .containsExactly("postalAddress", "email", "website", "privacyOfficer"));
  }

  @Test
  void aPostalAddressMayUseLineBreaks() {
    PracticeDetails practice = new PracticeDetails("P", "12 Main Street\r\nSpringfield, IL 62701\n", "t", "e",
        "w", "o");

    assertThat(practice.postalAddressLines()).containsExactly("12 Main Street", "Springfield, IL 62701");
  }
}

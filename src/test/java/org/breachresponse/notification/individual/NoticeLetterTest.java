package org.breachresponse.notification.individual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.breachresponse.notification.individual.Letters.AN;
import static org.breachresponse.notification.individual.Letters.JOSE;
import static org.breachresponse.notification.individual.Letters.LETTER_DATE;
import static org.breachresponse.notification.individual.Letters.PRACTICE;
import static org.breachresponse.notification.individual.Letters.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.breachresponse.incident.DataType;
import org.breachresponse.notification.individual.NoticeLetter.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.breachresponse.process.IncidentReference;

class NoticeLetterTest {

  @Test
  void theFiveRequiredElementsComeInTheRulesOrderUnderPlainHeadings() {
    NoticeLetter letter = letter(JOSE, DataType.NAMES);

    assertThat(letter.sections()).extracting(Section::heading).containsExactly(
        "What happened", "What information was involved", "What you can do", "What we are doing",
        "For more information");
    assertThat(section(letter, "What happened")).contains(
        "Someone outside the practice got into our front-desk computer through a phishing e-mail.",
        "The breach happened on April 2, 2026. We discovered it on April 6, 2026.");
    assertThat(section(letter, "What information was involved")).containsExactly(
        "The information involved was your name.");
    assertThat(section(letter, "What we are doing")).first()
        .isEqualTo("We took the computer off our network and reset every staff password.");
    assertThat(String.join(" ", section(letter, "What we are doing")))
        .contains("investigate", "protect against further breaches");
  }

  @Test
  void anUnknownBreachDateIsSaidPlainly() {
    BreachFacts facts = new BreachFacts(IncidentReference.of("BR-2026-0007"), null, LocalDate.of(2026, 4, 6), "Lost laptop.",
        Set.of(DataType.NAMES), "We reported it to the police.");

    NoticeLetter letter = new NoticeLetter(PRACTICE, facts, JOSE, LETTER_DATE);

    assertThat(section(letter, "What happened"))
        .contains("We do not yet know the date of the breach. We discovered it on April 6, 2026.");
  }

  @ParameterizedTest
  @CsvSource({
      "NAMES, your name",
      "ADDRESSES, your home address",
      "DATES_OF_BIRTH, your date of birth",
      "SOCIAL_SECURITY_NUMBERS, your Social Security number",
      "INSURANCE_IDS, your dental or health insurance member ID number",
      "DIAGNOSES_AND_TREATMENT, information about your dental diagnoses and treatment",
      "DENTAL_IMAGES, your dental X-rays and other images of your teeth",
      "PAYMENT_CARDS, your credit or debit card number"})
  void eachTypeOfInformationIsNamedInPlainWords(DataType type, String words) {
    NoticeLetter letter = letter(JOSE, type);

    assertThat(section(letter, "What information was involved"))
        .containsExactly("The information involved was " + words + ".");
    assertThat(letter.asPlainText()).doesNotContain(type.name());
  }

  @Test
  void severalTypesAreListedInOneSentenceInAFixedOrder() {
    NoticeLetter letter = letter(JOSE, DataType.SOCIAL_SECURITY_NUMBERS, DataType.NAMES, DataType.ADDRESSES);

    assertThat(section(letter, "What information was involved")).containsExactly("The information involved"
        + " was your name, your home address and your Social Security number.");
  }

  @Test
  void aSocialSecurityNumberCallsForAFraudAlertOrFreezeWithTheThreeBureaus() {
    String steps = steps(letter(JOSE, DataType.NAMES, DataType.SOCIAL_SECURITY_NUMBERS));

    assertThat(steps).contains("fraud alert", "credit freeze",
        "Equifax: 1-800-685-1111, www.equifax.com/personal/credit-report-services",
        "Experian: 1-888-397-3742, www.experian.com/help",
        "TransUnion: 1-888-909-8872, www.transunion.com/credit-help",
        "www.annualcreditreport.com");
    assertThat(steps).doesNotContain("card issuer", "explanation-of-benefits");
  }

  @Test
  void aPaymentCardCallsForWatchingStatementsAndTheCardIssuer() {
    String steps = steps(letter(JOSE, DataType.PAYMENT_CARDS));

    assertThat(steps).contains("card statements", "card issuer", "Equifax: 1-800-685-1111");
    assertThat(steps).doesNotContain("fraud alert", "explanation-of-benefits");
  }

  @Test
  void anInsuranceIdCallsForReadingExplanationOfBenefitsAndNotForTheBureaus() {
    String steps = steps(letter(JOSE, DataType.INSURANCE_IDS));

    assertThat(steps).contains("explanation-of-benefits statements");
    assertThat(steps).doesNotContain("Equifax", "fraud alert", "card issuer");
  }

  @Test
  void everyLetterWarnsAgainstCallsAndEmailsAskingForInformation() {
    for (DataType type : DataType.values()) {
      assertThat(section(letter(JOSE, type), "What you can do")).last().asString()
          .contains("Be wary of calls, e-mails and text messages", "call us at 1-800-555-0100");
    }
  }

  @Test
  void theContactBlockHasAllFourWaysToReachThePractice() {
    assertThat(section(letter(JOSE, DataType.NAMES), "For more information")).contains(
        "Call toll-free: 1-800-555-0100",
        "E-mail: privacy@smile-dental.example",
        "Web site: www.smile-dental.example",
        "Write to: Smile Dental Care, P.C., 12 Main Street, Suite 3, Springfield, IL 62701");
  }

  @Test
  void marylandResidentsGetTheFtcAndAttorneyGeneralAndTheBureaus() {
    NoticeLetter letter = letter(AN, DataType.NAMES, DataType.INSURANCE_IDS);

    assertThat(letter.sections()).last().extracting(Section::heading).isEqualTo("Information for Maryland residents");
    assertThat(String.join("\n", section(letter, "Information for Maryland residents"))).contains(
        "how to avoid identity theft",
        "Federal Trade Commission: 1-877-438-4338, www.identitytheft.gov, 600 Pennsylvania Avenue NW",
        "Maryland Office of the Attorney General: 1-888-743-0023, www.marylandattorneygeneral.gov,"
            + " 200 St. Paul Place, Baltimore, MD 21202",
        "Equifax: 1-800-685-1111", "P.O. Box 105788, Atlanta, GA 30348",
        "Experian: 1-888-397-3742", "TransUnion: 1-888-909-8872");
  }

  @Test
  void marylandResidentsWhoseStepsListTheBureausAreNotGivenThemTwice() {
    NoticeLetter letter = letter(AN, DataType.SOCIAL_SECURITY_NUMBERS);

    assertThat(letter.asPlainText().split("Equifax: ", -1)).hasSize(2);
    assertThat(section(letter, "Information for Maryland residents"))
        .contains("The three nationwide consumer reporting agencies are listed above.");
  }

  @Test
  void residentsOfOtherStatesGetNoMarylandAddition() {
    assertThat(letter(JOSE, DataType.SOCIAL_SECURITY_NUMBERS).asPlainText())
        .doesNotContain("Maryland", "1-888-743-0023");
    assertThat(letter(new LetterRecipient("Zoë O'Brien", "", null), DataType.NAMES).sections()).hasSize(5);
  }

  @Test
  void thePlainTextCarriesDateSalutationEveryHeadingAndTheSignature() {
    NoticeLetter letter = letter(JOSE, DataType.NAMES);

    assertThat(letter.asPlainText())
        .startsWith("April 20, 2026\n\nDear José Núñez,\n\nWe are writing to tell you")
        .contains("\nWhat happened\n", "\nFor more information\n")
        .endsWith("Sincerely,\nDana Reyes, Privacy Officer\nSmile Dental Care, P.C.\n");
    assertThat(letter.subject()).isEqualTo("Notice of data breach from Smile Dental Care, P.C.")
        .doesNotContain("José");
  }

  @Test
  void aLetterWithoutWhatHappenedOrAnyTypeOfInformationIsRefused() {
    assertThatThrownBy(() -> new BreachFacts(IncidentReference.of("BR-2026-0001"), null, LocalDate.of(2026, 4, 6), " ",
        Set.of(DataType.NAMES), "x")).hasMessageContaining("whatHappened");
    assertThatThrownBy(() -> new BreachFacts(IncidentReference.of("BR-2026-0001"), null, LocalDate.of(2026, 4, 6), "x", Set.of(), "x"))
        .hasMessageContaining("types of information");
  }

  private static List<String> section(NoticeLetter letter, String heading) {
    return letter.sections().stream().filter(s -> s.heading().equals(heading)).findFirst()
        .orElseThrow(() -> new AssertionError("no section " + heading)).paragraphs();
  }

  private static String steps(NoticeLetter letter) {
    return String.join("\n", section(letter, "What you can do"));
  }
}

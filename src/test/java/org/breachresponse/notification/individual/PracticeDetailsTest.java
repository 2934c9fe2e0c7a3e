package org.breachresponse.notification.individual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PracticeDetailsTest {

  private static final Map<String, String> ALL_SET = Map.of(
      "breach.practice.legal-name", "Smile Dental Care, P.C.",
      "breach.practice.postal-address", "12 Main Street | Suite 3 | Springfield, IL 62701",
      "breach.practice.toll-free-number", "1-800-555-0100",
      "breach.practice.email", "privacy@smile-dental.example",
      "breach.practice.website", "https://smile-dental.example",
      "breach.practice.privacy-officer", "Dana Reyes, Privacy Officer");

  @BeforeEach
  @AfterEach
  void clearProperties() {
    ALL_SET.keySet().forEach(System::clearProperty);
  }

  @Test
  void allSetGivesTheDetailsWithTheAddressSplitIntoLines() {
    ALL_SET.forEach(System::setProperty);

    PracticeDetails practice = PracticeDetails.fromSystemProperties();

    assertThat(practice.legalName()).isEqualTo("Smile Dental Care, P.C.");
    assertThat(practice.tollFreeNumber()).isEqualTo("1-800-555-0100");
    assertThat(practice.privacyOfficer()).isEqualTo("Dana Reyes, Privacy Officer");
    assertThat(practice.postalAddressLines())
        .containsExactly("12 Main Street", "Suite 3", "Springfield, IL 62701");
  }

  @Test
  void aMissingDetailIsRefusedNamingTheEnvironmentVariableToSet() {
    ALL_SET.forEach(System::setProperty);
    System.clearProperty("breach.practice.toll-free-number");

    assertThatThrownBy(PracticeDetails::fromSystemProperties)
        .isInstanceOfSatisfying(PracticeDetailsMissingException.class,
            e -> assertThat(e.missing()).containsExactly("BREACH_PRACTICE_TOLL_FREE_NUMBER"))
        .hasMessageContaining("BREACH_PRACTICE_TOLL_FREE_NUMBER");
  }

  @Test
  void whitespaceOnlyCountsAsMissing() {
    ALL_SET.forEach(System::setProperty);
    System.setProperty("breach.practice.email", "  \t ");

    assertThatThrownBy(PracticeDetails::fromSystemProperties)
        .isInstanceOfSatisfying(PracticeDetailsMissingException.class,
            e -> assertThat(e.missing()).containsExactly("BREACH_PRACTICE_EMAIL"));
  }

  @Test
  void nothingSetNamesEveryVariable() {
    assertThatThrownBy(PracticeDetails::fromSystemProperties)
        .isInstanceOfSatisfying(PracticeDetailsMissingException.class, e -> assertThat(e.missing())
            .containsExactly("BREACH_PRACTICE_LEGAL_NAME", "BREACH_PRACTICE_POSTAL_ADDRESS",
                "BREACH_PRACTICE_TOLL_FREE_NUMBER", "BREACH_PRACTICE_EMAIL", "BREACH_PRACTICE_WEBSITE",
                "BREACH_PRACTICE_PRIVACY_OFFICER"));
  }

  @Test
  void aPostalAddressMayUseLineBreaks() {
    PracticeDetails practice = new PracticeDetails("P", "12 Main Street\r\nSpringfield, IL 62701\n", "t", "e",
        "w", "o");

    assertThat(practice.postalAddressLines()).containsExactly("12 Main Street", "Springfield, IL 62701");
  }
}

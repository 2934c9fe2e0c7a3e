package org.breachresponse.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a new practice and a profile change must satisfy, each error naming its field. */
class PracticeProfileRulesTest {

  private static NewPractice valid() {
    return new NewPractice("bright-smiles", "Bright Smiles Dental, PLLC", "America/Chicago",
        "100 Main Street\nAustin, TX 78701", "1-800-555-0100", "privacy@brightsmiles.example",
        "https://brightsmiles.example", "Dana Reyes, Privacy Officer", "CN=Staff,OU=Groups,DC=practice,DC=local");
  }

  private static NewPractice with(String field, String value) {
    NewPractice v = valid();
    return new NewPractice(
        field.equals("id") ? value : v.id(),
        field.equals("name") ? value : v.name(),
        field.equals("timeZone") ? value : v.timeZone(),
        field.equals("postalAddress") ? value : v.postalAddress(),
        field.equals("tollFreeNumber") ? value : v.tollFreeNumber(),
        field.equals("email") ? value : v.email(),
        field.equals("website") ? value : v.website(),
        field.equals("privacyOfficer") ? value : v.privacyOfficer(),
        field.equals("staffGroup") ? value : v.staffGroup());
  }

  private static List<String> refusedFields(NewPractice request) {
    InvalidInputException refused = catchThrowableOfType(() -> PracticeProfileRules.check(request),
        InvalidInputException.class);
    assertThat(refused).as("refused: %s", request).isNotNull();
    return refused.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void aCompletePracticeIsAcceptedAsTyped() {
    NewPractice.Checked checked = PracticeProfileRules.check(valid());
    assertThat(checked.id()).isEqualTo(new PracticeId("bright-smiles"));
    assertThat(checked.profile()).isEqualTo(new PracticeProfile("Bright Smiles Dental, PLLC",
        "100 Main Street\nAustin, TX 78701", "1-800-555-0100", "privacy@brightsmiles.example",
        "https://brightsmiles.example", "Dana Reyes, Privacy Officer", "America/Chicago",
        "CN=Staff,OU=Groups,DC=practice,DC=local"));
  }

  @Test
  void onlyIdNameAndTimeZoneAreRequiredAndBlanksAreStoredAsNothing() {
    NewPractice.Checked checked = PracticeProfileRules.check(new NewPractice("b2", "  B2 Dental  ", "UTC", " ", null,
        "", null, "\t", null));
    assertThat(checked.profile()).isEqualTo(new PracticeProfile("B2 Dental", null, null, null, null, null, "UTC", null));
  }

  @Test
  void everyMissingRequiredFieldIsNamedAtOnce() {
    assertThat(refusedFields(new NewPractice(null, " ", null, null, null, null, null, null, null)))
        .containsExactly("id", "name", "timeZone");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bright-Smiles", "bright_smiles", "-bright", "bright-", "bright--smiles", "b", "bright smiles",
      "brïght", "../x", "' OR 1=1--"})
  void idMustBeALowercaseSlug(String id) {
    assertThat(refusedFields(with("id", id))).containsExactly("id");
  }

  @Test
  void idOfFortyOneCharactersIsRefused() {
    assertThat(refusedFields(with("id", "a".repeat(41)))).containsExactly("id");
    assertThat(PracticeProfileRules.check(with("id", "a".repeat(40))).id().value()).hasSize(40);
  }

  @Test
  void nameIsOneLineOfAtMost200Characters() {
    assertThat(refusedFields(with("name", "x".repeat(201)))).containsExactly("name");
    assertThat(refusedFields(with("name", "Bright\nSmiles"))).containsExactly("name");
    assertThat(refusedFields(with("name", "Bright\u202eSmiles"))).containsExactly("name");
    assertThat(refusedFields(with("name", "\u200b"))).containsExactly("name");
    assertThat(PracticeProfileRules.check(with("name", "x".repeat(200))).profile().name()).hasSize(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+02:00", "UTC+2", "GMT+02:00", "Z", "America/Atlantis", "america/chicago", "CST",
      "Mars/Olympus", "America/Chi\ncago"})
  void timeZoneMustBeAnIanaRegion(String zone) {
    assertThat(refusedFields(with("timeZone", zone))).containsExactly("timeZone");
  }

  @ParameterizedTest
  @ValueSource(strings = {"America/Chicago", "America/New_York", "Europe/Berlin", "UTC", "Pacific/Honolulu"})
  void ianaRegionsAreAccepted(String zone) {
    assertThat(PracticeProfileRules.check(with("timeZone", zone)).profile().timeZone()).isEqualTo(zone);
  }

  @Test
  void postalAddressMayHaveSeveralLinesButAtMost500Characters() {
    assertThat(refusedFields(with("postalAddress", "x".repeat(501)))).containsExactly("postalAddress");
    assertThat(refusedFields(with("postalAddress", "1 Main St\u0000"))).containsExactly("postalAddress");
    assertThat(PracticeProfileRules.check(with("postalAddress", "1 Main St | Austin, TX")).profile().postalAddress())
        .isEqualTo("1 Main St | Austin, TX");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1-800-DENTIST", "800.555.0100", "call us", "+1 (800) 555-0100 ext. 4", "12-34",
      "1-800-555-0100; rm -rf", "++1 800 555 0100", "1 800 555 0100 +"})
  void tollFreeNumberIsDigitsSpacesDashesParenthesesAndALeadingPlus(String number) {
    assertThat(refusedFields(with("tollFreeNumber", number))).containsExactly("tollFreeNumber");
  }

  @Test
  void tollFreeNumbersAsWrittenAreAccepted() {
    for (String number : List.of("1-800-555-0100", "+1 (800) 555-0100", "(888) 555 0199")) {
      assertThat(PracticeProfileRules.check(with("tollFreeNumber", number)).profile().tollFreeNumber())
          .isEqualTo(number);
    }
    assertThat(refusedFields(with("tollFreeNumber", "1".repeat(41)))).containsExactly("tollFreeNumber");
  }

  @ParameterizedTest
  @ValueSource(strings = {"privacy", "privacy@", "@example.com", "a@b", "a@@example.com", "Dana <dana@example.com>",
      "dana@example.com, sam@example.com", "dana@example.com.", "dana @example.com", "dana@example.com\nBcc: x@y.test"})
  void emailIsOneAddress(String email) {
    assertThat(refusedFields(with("email", email))).containsExactly("email");
  }

  @Test
  void emailOfAtMost200Characters() {
    assertThat(refusedFields(with("email", "x".repeat(190) + "@example.com"))).containsExactly("email");
  }

  @ParameterizedTest
  @ValueSource(strings = {"brightsmiles.example", "ftp://brightsmiles.example", "javascript:alert(1)",
      "https://", "https://user:secret@brightsmiles.example", "https://bright smiles.example", "//brightsmiles.example",
      "file:///etc/passwd"})
  void websiteIsAnHttpOrHttpsAddress(String website) {
    assertThat(refusedFields(with("website", website))).containsExactly("website");
  }

  @Test
  void websitesOverHttpAndHttpsAreAccepted() {
    for (String site : List.of("http://brightsmiles.example", "https://brightsmiles.example/privacy?x=1",
        "HTTPS://BrightSmiles.example")) {
      assertThat(PracticeProfileRules.check(with("website", site)).profile().website()).isEqualTo(site);
    }
    assertThat(refusedFields(with("website", "https://x.example/" + "a".repeat(300)))).containsExactly("website");
  }

  @Test
  void privacyOfficerIsOneLineOfAtMost200Characters() {
    assertThat(refusedFields(with("privacyOfficer", "x".repeat(201)))).containsExactly("privacyOfficer");
    assertThat(refusedFields(with("privacyOfficer", "Dana Reyes\r\nPrivacy Officer"))).containsExactly("privacyOfficer");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Staff", "CN=Staff,", ",CN=Staff", "CN=,OU=Groups", "=Staff", "CN=Staff,OU", "CN=Staff\nOU=Groups"})
  void staffGroupIsADistinguishedName(String dn) {
    assertThat(refusedFields(with("staffGroup", dn))).containsExactly("staffGroup");
  }

  @Test
  void staffGroupOfAtMost500Characters() {
    assertThat(refusedFields(with("staffGroup", "CN=" + "x".repeat(498)))).containsExactly("staffGroup");
  }

  @Test
  void aProfileChangeIsHeldToTheSameRules() {
    InvalidInputException refused = catchThrowableOfType(() -> PracticeProfileRules.check("", "+01:00",
        null, "call", "nope", "ftp://x", null, "nope"), InvalidInputException.class);
    assertThat(refused.errors()).extracting(FieldError::field)
        .containsExactly("name", "timeZone", "tollFreeNumber", "email", "website", "staffGroup");
  }

  @Test
  void theRolesAreSpeltAsTheSecurityPackageSpellsThem() {
    assertThat(List.of(PracticeRoles.FRONT_DESK, PracticeRoles.IT_RESPONDER, PracticeRoles.PRIVACY_OFFICER,
        PracticeRoles.PRACTICE_OWNER, PracticeRoles.COMPLIANCE_AUDITOR, PracticeRoles.ADMIN))
        .isEqualTo(org.breachresponse.security.Roles.ALL);
  }
}

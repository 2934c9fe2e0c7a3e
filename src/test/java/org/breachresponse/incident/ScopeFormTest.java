package org.breachresponse.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScopeFormTest {

  @Test
  void readsOneItemPerLineIgnoringBlankLinesAndDuplicates() {
    Scope scope = form(" fd-pc-01 \n\nXRAY-01.practice.local\nfd-pc-01", "mlopez\nj.smith@practice.local", "TX 300\nfl: 12\nDC=1")
        .toScope();

    assertThat(scope.machines()).extracting(Hostname::value).containsExactly("fd-pc-01", "XRAY-01.practice.local");
    assertThat(scope.accounts()).extracting(AccountName::value).containsExactly("mlopez", "j.smith@practice.local");
    assertThat(scope.individualsByState()).containsEntry(UsJurisdiction.TX, 300).containsEntry(UsJurisdiction.FL, 12)
        .containsEntry(UsJurisdiction.DC, 1).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"*)(objectClass=*", "admin,dc=practice,dc=local", "pc\u000001", "-leading-hyphen", "two words",
      "cn=x", "a..b"})
  void hostileOrMalformedHostNamesAreRefusedByLine(String hostile) {
    assertThatThrownBy(() -> form("fd-pc-01\n" + hostile, "", "TX 1").toScope())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("affectedMachines: line 2")
        .hasMessageNotContaining("\u0000");
  }

  @Test
  void hostNameLongerThanTheStandardAllowsIsRefused() {
    String tooLongLabel = "a".repeat(64);
    String tooLongName = ("a".repeat(60) + ".").repeat(5) + "com";
    assertThat(Hostname.parse(tooLongLabel)).isEmpty();
    assertThat(Hostname.parse(tooLongName)).isEmpty();
    assertThat(Hostname.parse("a".repeat(63))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"*)(uid=*", "admin,dc=x", "a b", "\\5c", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "user@", "(cn=admin)"})
  void hostileAccountNamesAreRefused(String hostile) {
    assertThatThrownBy(() -> form("fd-pc-01", hostile, "TX 1").toScope())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("compromisedAccounts: line 1");
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    InvalidInputException refused = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
        () -> new ScopeForm("", "", Set.of(), " ", null, "XX 4\nTX\nTX 3\nTX 5", false).toScope());

    assertThat(refused.errors()).extracting(FieldError::field).containsExactly(
        "affectedMachines", "affectedIndividualsByState", "affectedIndividualsByState", "affectedIndividualsByState",
        "howItHappened");
    assertThat(refused.errors().get(3).message()).contains("TX is listed twice");
  }

  @Test
  void longBadLineIsShortenedInTheMessage() {
    String longLine = "x y".repeat(500);
    assertThatThrownBy(() -> form(longLine, "", "TX 1").toScope())
        .hasMessageContaining("…")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(300));
  }

  private static ScopeForm form(String machines, String accounts, String states) {
    return new ScopeForm(machines, accounts, Set.of(DataType.NAMES), "Phishing e-mail", null, states, false);
  }
}

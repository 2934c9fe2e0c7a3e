package org.breachresponse.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A practice's response-time targets: the defaults unless it set its own, and only its own are stored. */
class ResponseTargetSettingsTest {

  private static final String PRACTICE = "bright-smiles";
  private static final Map<ResponseStep, Duration> DEFAULTS = Map.of(
      ResponseStep.CONFIRM_BREACH, Duration.ofMinutes(60),
      ResponseStep.SCOPE_BREACH, Duration.ofMinutes(240),
      ResponseStep.APPROVE_CONTAINMENT, Duration.ofMinutes(60),
      ResponseStep.ISOLATE_MANUALLY, Duration.ofMinutes(60),
      ResponseStep.RESET_MANUALLY, Duration.ofMinutes(60));

  private DataSource database;
  private ResponseTargetSettings settings;

  @BeforeEach
  void freshDatabase() {
    database = AlertingDatabase.fresh();
    settings = new ResponseTargetSettings(database);
  }

  private int rows() throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
         ResultSet count = statement.executeQuery("select count(*) from response_target")) {
      count.next();
      return count.getInt(1);
    }
  }

  @Test
  void aPracticeWithoutTargetsHasTheDefaults() {
    assertThat(settings.of(PRACTICE)).containsExactlyInAnyOrderEntriesOf(DEFAULTS);
  }

  @Test
  void noPracticeHasTheDefaults() {
    assertThat(settings.of(null)).containsExactlyInAnyOrderEntriesOf(DEFAULTS);
  }

  @Test
  void theDefaultsAreTheStepsOwn() {
    for (ResponseStep step : ResponseStep.values()) {
      assertThat(step.defaultTarget()).isEqualTo(DEFAULTS.get(step));
    }
  }

  @Test
  void aChangedTargetIsReadBackAndTheOthersStayDefault() throws SQLException {
    settings.save(PRACTICE, new ResponseTargetsRequest(30, null, null, null, null, null).checked());

    Map<ResponseStep, Duration> targets = settings.of(PRACTICE);
    assertThat(targets.get(ResponseStep.CONFIRM_BREACH)).isEqualTo(Duration.ofMinutes(30));
    assertThat(targets).hasSize(5);
    for (ResponseStep step : ResponseStep.values()) {
      if (step != ResponseStep.CONFIRM_BREACH) {
        assertThat(targets.get(step)).as(step.field()).isEqualTo(DEFAULTS.get(step));
      }
    }
    assertThat(rows()).isEqualTo(1);
    assertThat(settings.of(null)).containsExactlyInAnyOrderEntriesOf(DEFAULTS);
  }

  @Test
  void savingTheDefaultsStoresNoRow() throws SQLException {
    settings.save(PRACTICE, new ResponseTargetsRequest(null, null, null, null, null, null).checked());

    assertThat(rows()).isZero();
    assertThat(settings.of(PRACTICE)).containsExactlyInAnyOrderEntriesOf(DEFAULTS);
  }

  @Test
  void savingTheDefaultsSpelledOutStoresNoRow() throws SQLException {
    settings.save(PRACTICE, new ResponseTargetsRequest(60, 240, 60, 60, 60, null).checked());

    assertThat(rows()).isZero();
  }

  @Test
  void savingAgainReplacesTheTargets() throws SQLException {
    settings.save(PRACTICE, new ResponseTargetsRequest(30, 120, null, null, 15, null).checked());
    assertThat(rows()).isEqualTo(3);

    settings.save(PRACTICE, new ResponseTargetsRequest(null, 180, null, null, null, null).checked());

    assertThat(rows()).isEqualTo(1);
    assertThat(settings.of(PRACTICE)).containsEntry(ResponseStep.SCOPE_BREACH, Duration.ofMinutes(180))
        .containsEntry(ResponseStep.CONFIRM_BREACH, Duration.ofMinutes(60))
        .containsEntry(ResponseStep.RESET_MANUALLY, Duration.ofMinutes(60));

    settings.save(PRACTICE, new ResponseTargetsRequest(null, null, null, null, null, null).checked());

    assertThat(rows()).isZero();
    assertThat(settings.of(PRACTICE)).containsExactlyInAnyOrderEntriesOf(DEFAULTS);
  }

  @Test
  void anotherPracticeDoesNotSeeTheTargets() {
    settings.save(PRACTICE, new ResponseTargetsRequest(30, null, null, null, null, null).checked());

    assertThat(settings.of("smile-4-you")).containsExactlyInAnyOrderEntriesOf(DEFAULTS);
  }

  @Test
  void aRequestWithoutTargetsMeansTheDefaults() {
    assertThat(new ResponseTargetsRequest(null, null, null, null, null, null).checked())
        .containsExactlyInAnyOrderEntriesOf(DEFAULTS);
  }

  @Test
  void aRequestTakesFiveMinutesToSevenDays() {
    Map<ResponseStep, Duration> targets = new ResponseTargetsRequest(5, 10080, null, 90, null, null).checked();

    assertThat(targets).containsEntry(ResponseStep.CONFIRM_BREACH, Duration.ofMinutes(5))
        .containsEntry(ResponseStep.SCOPE_BREACH, Duration.ofDays(7))
        .containsEntry(ResponseStep.APPROVE_CONTAINMENT, Duration.ofMinutes(60))
        .containsEntry(ResponseStep.ISOLATE_MANUALLY, Duration.ofMinutes(90))
        .containsEntry(ResponseStep.RESET_MANUALLY, Duration.ofMinutes(60))
        .hasSize(5);
  }

  @Test
  void fourMinutesIsRefusedNamingTheField() {
    InvalidInputException refused = catchThrowableOfType(
        () -> new ResponseTargetsRequest(4, null, null, null, null, null).checked(), InvalidInputException.class);

    assertThat(refused.errors()).extracting(FieldError::field).containsExactly("confirmBreach");
  }

  @Test
  void moreThanSevenDaysIsRefusedNamingTheField() {
    InvalidInputException refused = catchThrowableOfType(
        () -> new ResponseTargetsRequest(null, null, null, null, 10081, null).checked(), InvalidInputException.class);

    assertThat(refused.errors()).extracting(FieldError::field).containsExactly("resetManually");
  }

  @Test
  void everyTargetOutOfRangeIsNamed() {
    InvalidInputException refused = catchThrowableOfType(
        () -> new ResponseTargetsRequest(10081, 0, -5, 4, Integer.MAX_VALUE, null).checked(), InvalidInputException.class);

    assertThat(refused.errors()).extracting(FieldError::field)
        .containsExactly("confirmBreach", "scopeBreach", "approveContainment", "isolateManually", "resetManually");
  }

  @Test
  void theEscalationContactIsOneAddressOrNone() {
    ResponseTargetSettings settings = new ResponseTargetSettings(AlertingDatabase.fresh());
    assertThat(settings.escalationEmail(PRACTICE)).isEmpty();
    String email = new ResponseTargetsRequest(null, null, null, null, null, " noc@provider.example ")
        .checkedEscalationEmail();
    settings.saveEscalationEmail(PRACTICE, email);
    assertThat(settings.escalationEmail(PRACTICE)).contains("noc@provider.example");
    settings.saveEscalationEmail(PRACTICE, new ResponseTargetsRequest(null, null, null, null, null, null)
        .checkedEscalationEmail());
    assertThat(settings.escalationEmail(PRACTICE)).isEmpty();
    assertThatThrownBy(() -> new ResponseTargetsRequest(null, null, null, null, null, "noc at provider")
        .checkedEscalationEmail()).isInstanceOfSatisfying(InvalidInputException.class,
        refused -> assertThat(refused.errors()).extracting(FieldError::field).containsExactly("escalationEmail"));
  }
}

package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Production's failed-login lockout: sensible defaults, the operator's values, and a clear refusal of nonsense. */
class LoginThrottlingTest {

  @AfterEach
  void clear() {
    System.clearProperty("breach.login.max-attempts");
    System.clearProperty("breach.login.delay-base");
  }

  @Test
  void withoutSettingsFiveFailuresLockAndDelaysGrowFromThreeSecondsToAMinute() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    LoginThrottling.fromSystemProperties().applyTo(configuration);

    assertThat(configuration.getLoginMaxAttempts()).isEqualTo(5);
    assertThat(configuration.getLoginDelayBase()).isEqualTo(3);
    assertThat(configuration.getLoginDelayFactor()).isEqualTo(2);
    assertThat(configuration.getLoginDelayMaxTime()).isEqualTo(60);
  }

  @Test
  void operatorsValuesAreTaken() {
    System.setProperty("breach.login.max-attempts", " 3 ");
    System.setProperty("breach.login.delay-base", "1");

    assertThat(LoginThrottling.fromSystemProperties()).isEqualTo(new LoginThrottling(3, 1, 2, 60));
  }

  @Test
  void aValueOutOfRangeStopsTheStartNamingTheVariable() {
    System.setProperty("breach.login.max-attempts", "0");

    assertThatThrownBy(LoginThrottling::fromSystemProperties).isInstanceOf(IllegalStateException.class)
        .hasMessage("BREACH_LOGIN_MAX_ATTEMPTS must be a number from 1 to 100, not '0'");
  }
}

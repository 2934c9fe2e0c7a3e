package org.breachresponse.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Failed-login lockout in production, through Camunda's login attempt settings. They hold for passwords the
 * engine checks itself (the database identity provider: web apps' sign-in, engine REST and our API's Basic):
 * after a wrong password the user's next attempt is refused, even with the right password, for
 * {@code delayBase * delayFactor^(failures - 1)} seconds (at most {@code delayMaxSeconds}); after
 * {@code maxAttempts} failures the account is locked until an administrator unlocks it in the Admin app.
 * A directory identity provider checks passwords with a bind, so the directory's own lockout policy applies.
 *
 * @param maxAttempts     failures that lock the account ({@code BREACH_LOGIN_MAX_ATTEMPTS}, default 5)
 * @param delayBase       seconds refused after the first failure ({@code BREACH_LOGIN_DELAY_BASE}, default 3)
 * @param delayFactor     how much each further failure multiplies the delay ({@code BREACH_LOGIN_DELAY_FACTOR}, default 2)
 * @param delayMaxSeconds the longest delay ({@code BREACH_LOGIN_DELAY_MAX_SECONDS}, default 60)
 */
public record LoginThrottling(int maxAttempts, int delayBase, int delayFactor, int delayMaxSeconds) {

  public static LoginThrottling fromSystemProperties() {
    return new LoginThrottling(
        number("breach.login.max-attempts", "BREACH_LOGIN_MAX_ATTEMPTS", 5, 1, 100),
        number("breach.login.delay-base", "BREACH_LOGIN_DELAY_BASE", 3, 1, 3600),
        number("breach.login.delay-factor", "BREACH_LOGIN_DELAY_FACTOR", 2, 1, 10),
        number("breach.login.delay-max-seconds", "BREACH_LOGIN_DELAY_MAX_SECONDS", 60, 1, 86400));
  }

  void applyTo(ProcessEngineConfigurationImpl configuration) {
    configuration.setLoginMaxAttempts(maxAttempts);
    configuration.setLoginDelayBase(delayBase);
    configuration.setLoginDelayFactor(delayFactor);
    configuration.setLoginDelayMaxTime(delayMaxSeconds);
  }

  private static int number(String property, String variable, int defaultValue, int min, int max) {
    String text = System.getProperty(property, String.valueOf(defaultValue)).trim();
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException(variable + " must be a number from " + min + " to " + max + ", not '" + text + "'");
  }
}

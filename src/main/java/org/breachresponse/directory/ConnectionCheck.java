package org.breachresponse.directory;

/**
 * What a test connection to a practice's directory or EDR found: all well, or the first setting that is
 * wrong, named as the practice API names it ({@code url}, {@code bindPassword}, {@code baseDn},
 * {@code quarantineOu}, {@code quarantineGroup}, {@code caCertificate}; {@code tokenUrl}, {@code clientSecret} …).
 * The message never holds a password, secret or token.
 *
 * @param ok      whether every check passed
 * @param field   the wrong setting; null when ok
 * @param message what was wrong; null when ok
 */
public record ConnectionCheck(boolean ok, String field, String message) {

  public static ConnectionCheck passed() {
    return new ConnectionCheck(true, null, null);
  }

  public static ConnectionCheck failed(String field, String message) {
    return new ConnectionCheck(false, field, message);
  }
}

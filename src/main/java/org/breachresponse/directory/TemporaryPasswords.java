package org.breachresponse.directory;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;

/**
 * Random passwords that nobody is told: a forced reset replaces the user's password with one of these
 * so that only IT can let them in again. Held as {@code char[]} and wiped after use, never as a String,
 * so that no copy outlives the request in a log, an exception or a heap dump.
 */
final class TemporaryPasswords {

  static final int LENGTH = 32;

  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SYMBOLS = "!#%+-=?@^_~";
  private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;
  private static final SecureRandom RANDOM = new SecureRandom();

  private TemporaryPasswords() {
  }

  /**
   * A password of {@value #LENGTH} characters with upper and lower case letters, digits and symbols (Active
   * Directory's complexity rule), which does not contain {@code avoid} (AD refuses a password containing
   * the account name).
   */
  static char[] generate(String avoid) {
    char[] password = generate();
    while (contains(password, avoid)) {
      Arrays.fill(password, '\0');
      password = generate();
    }
    return password;
  }

  static char[] generate() {
    char[] password = new char[LENGTH];
    password[0] = pick(UPPER);
    password[1] = pick(LOWER);
    password[2] = pick(DIGITS);
    password[3] = pick(SYMBOLS);
    for (int i = 4; i < LENGTH; i++) {
      password[i] = pick(ALL);
    }
    for (int i = LENGTH - 1; i > 0; i--) {
      int j = RANDOM.nextInt(i + 1);
      char swap = password[i];
      password[i] = password[j];
      password[j] = swap;
    }
    return password;
  }

  /** Active Directory's {@code unicodePwd} value: the password in double quotes, as UTF-16LE bytes. */
  static byte[] activeDirectoryUnicodePwd(char[] password) {
    char[] quoted = new char[password.length + 2];
    quoted[0] = '"';
    System.arraycopy(password, 0, quoted, 1, password.length);
    quoted[quoted.length - 1] = '"';
    ByteBuffer encoded = StandardCharsets.UTF_16LE.encode(CharBuffer.wrap(quoted));
    byte[] bytes = Arrays.copyOf(encoded.array(), encoded.limit());
    Arrays.fill(quoted, '\0');
    Arrays.fill(encoded.array(), (byte) 0);
    return bytes;
  }

  private static char pick(String alphabet) {
    return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
  }

  private static boolean contains(char[] password, String avoid) {
    if (avoid == null || avoid.length() < 3) {
      return false;
    }
    String lower = avoid.toLowerCase(Locale.ROOT);
    for (int start = 0; start + lower.length() <= password.length; start++) {
      if (matchesAt(password, start, lower)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(char[] password, int start, String lower) {
    for (int i = 0; i < lower.length(); i++) {
      if (Character.toLowerCase(password[start + i]) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}

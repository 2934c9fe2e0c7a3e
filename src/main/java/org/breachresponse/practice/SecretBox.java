package org.breachresponse.practice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a practice's secrets (directory bind password, EDR client secret) before they are stored, with
 * AES-256-GCM and a key that is never in the database (docs/adr/0013-practices-are-tenants.md): the key comes
 * from {@code BREACH_SECRETS_KEY} (base64 of 32 bytes), else from the key file {@code BREACH_SECRETS_KEY_FILE},
 * which is created with owner-only permissions on first use. A copy of the database alone reveals no secret.
 * Sealed text is {@code v1:} and the base64 of a fresh 12-byte nonce followed by the ciphertext and tag; the
 * practice's id is bound in as associated data, so a secret copied to another practice's row does not open.
 */
public final class SecretBox {

  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  static final int KEY_BYTES = 32;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public SecretBox(byte[] key) {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException("the secrets key must be " + KEY_BYTES + " bytes, not " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  /**
   * The key of {@code breach.secrets.key} (base64), else of the file {@code breach.secrets.key-file}
   * (default {@code <jboss.server.data.dir>/breach-secrets.key}), created on first use.
   */
  public static SecretBox fromSystemProperties() {
    String encoded = System.getProperty("breach.secrets.key", "").strip();
    if (!encoded.isEmpty()) {
      return new SecretBox(decode(encoded, "BREACH_SECRETS_KEY"));
    }
    String file = System.getProperty("breach.secrets.key-file", "").strip();
    Path path = file.isEmpty()
        ? Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "breach-secrets.key")
        : Path.of(file);
    return new SecretBox(keyFile(path));
  }

  public String seal(PracticeId practice, String secret) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, practice);
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
      System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal a secret", e);
    }
  }

  /** @throws IllegalStateException if it was sealed with another key or for another practice */
  public String open(PracticeId practice, String sealed) {
    if (!sealed.startsWith(PREFIX)) {
      throw new IllegalStateException("a stored secret of practice " + practice + " is not sealed");
    }
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), practice);
      return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a stored secret of practice " + practice
          + " does not open with this server's secrets key (BREACH_SECRETS_KEY or its key file): set the key it was"
          + " sealed with, or set the secret again");
    }
  }

  private Cipher cipher(int mode, byte[] nonce, PracticeId practice) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(practice.value().getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  private static byte[] keyFile(Path path) {
    try {
      if (!Files.exists(path)) {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(path.toAbsolutePath().getParent());
        Path written = Files.createFile(path);
        try {
          Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
          // a file system without POSIX permissions: the directory's own permissions protect it
        }
        Files.writeString(written, Base64.getEncoder().encodeToString(key) + "\n");
        return key;
      }
      return decode(Files.readString(path).strip(), path.toString());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read or create the secrets key file " + path, e);
    }
  }

  private static byte[] decode(String encoded, String source) {
    try {
      return Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(source + " must hold the base64 of " + KEY_BYTES + " random bytes"
          + " (e.g. openssl rand -base64 32)");
    }
  }
}

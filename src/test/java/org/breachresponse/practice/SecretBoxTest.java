package org.breachresponse.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Practice secrets sealed with AES-256-GCM under a key that is not in the database. */
class SecretBoxTest {

  private static final PracticeId A = new PracticeId("bright-smiles");
  private static final PracticeId B = new PracticeId("happy-teeth");
  private static final String KEY = "breach.secrets.key";
  private static final String KEY_FILE = "breach.secrets.key-file";

  private String savedKey;
  private String savedKeyFile;

  @BeforeEach
  void saveProperties() {
    savedKey = System.getProperty(KEY);
    savedKeyFile = System.getProperty(KEY_FILE);
  }

  @AfterEach
  void restoreProperties() {
    restore(KEY, savedKey);
    restore(KEY_FILE, savedKeyFile);
  }

  private static void restore(String name, String value) {
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
  }

  private static byte[] randomKey() {
    byte[] key = new byte[SecretBox.KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return key;
  }

  @Test
  void aSealedSecretOpensForItsPracticeAndShowsNothingOfItself() {
    SecretBox box = new SecretBox(randomKey());
    String sealed = box.seal(A, "Admin-Test-Passw0rd!");
    assertThat(sealed).startsWith("v1:").doesNotContain("Admin").doesNotContain("Passw0rd");
    assertThat(box.open(A, sealed)).isEqualTo("Admin-Test-Passw0rd!");
  }

  @Test
  void theSameSecretSealsDifferentlyEachTime() {
    SecretBox box = new SecretBox(randomKey());
    String first = box.seal(A, "secret");
    String second = box.seal(A, "secret");
    assertThat(first).isNotEqualTo(second);
    assertThat(box.open(A, first)).isEqualTo(box.open(A, second)).isEqualTo("secret");
  }

  @Test
  void aSecretCopiedToAnotherPracticeDoesNotOpen() {
    SecretBox box = new SecretBox(randomKey());
    String sealed = box.seal(A, "secret");
    assertThatThrownBy(() -> box.open(B, sealed)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("happy-teeth").hasMessageNotContaining("secret\"");
  }

  @Test
  void anotherKeyDoesNotOpenIt() {
    String sealed = new SecretBox(randomKey()).seal(A, "secret");
    assertThatThrownBy(() -> new SecretBox(randomKey()).open(A, sealed)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("BREACH_SECRETS_KEY");
  }

  @Test
  void anAlteredSealedSecretDoesNotOpen() {
    SecretBox box = new SecretBox(randomKey());
    byte[] bytes = Base64.getDecoder().decode(box.seal(A, "secret").substring(3));
    bytes[bytes.length - 1] ^= 1;
    String altered = "v1:" + Base64.getEncoder().encodeToString(bytes);
    assertThatThrownBy(() -> box.open(A, altered)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> box.open(A, "secret")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not sealed");
  }

  @Test
  void aKeyMustBe32Bytes() {
    assertThatThrownBy(() -> new SecretBox(new byte[16])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theKeyFromTheEnvironmentIsUsed(@TempDir Path dir) {
    byte[] key = randomKey();
    System.setProperty(KEY, Base64.getEncoder().encodeToString(key));
    System.setProperty(KEY_FILE, dir.resolve("unused.key").toString());
    String sealed = SecretBox.fromSystemProperties().seal(A, "secret");
    assertThat(new SecretBox(key).open(A, sealed)).isEqualTo("secret");
    assertThat(dir.resolve("unused.key")).doesNotExist();
  }

  @Test
  void aKeyThatIsNotBase64IsRefusedSayingHowToMakeOne() {
    System.setProperty(KEY, "not base64!");
    assertThatThrownBy(SecretBox::fromSystemProperties).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("openssl rand -base64 32");
  }

  @Test
  void theKeyFileIsCreatedForItsOwnerOnlyAndReused(@TempDir Path dir) throws Exception {
    System.clearProperty(KEY);
    Path file = dir.resolve("keys").resolve("breach-secrets.key");
    System.setProperty(KEY_FILE, file.toString());

    String sealed = SecretBox.fromSystemProperties().seal(A, "secret");

    assertThat(file).exists();
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
    assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(SecretBox.KEY_BYTES);
    String written = Files.readString(file);
    assertThat(SecretBox.fromSystemProperties().open(A, sealed)).as("a second start reads the same key")
        .isEqualTo("secret");
    assertThat(Files.readString(file)).isEqualTo(written);
  }
}

package org.breachresponse.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class TemporaryPasswordsTest {

  @RepeatedTest(50)
  void aTemporaryPasswordMeetsActiveDirectoryComplexity() {
    String password = new String(TemporaryPasswords.generate());

    assertThat(password).hasSizeGreaterThanOrEqualTo(24)
        .containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]").containsPattern("[^A-Za-z0-9]");
  }

  @Test
  void twoTemporaryPasswordsDiffer() {
    assertThat(new String(TemporaryPasswords.generate())).isNotEqualTo(new String(TemporaryPasswords.generate()));
  }

  @RepeatedTest(50)
  void aTemporaryPasswordDoesNotContainTheAccountName() {
    assertThat(new String(TemporaryPasswords.generate("abc")).toLowerCase()).doesNotContain("abc");
  }

  @Test
  void unicodePwdIsThePasswordInQuotesAsUtf16LittleEndian() {
    byte[] value = TemporaryPasswords.activeDirectoryUnicodePwd("Pa1!".toCharArray());

    assertThat(value).isEqualTo("\"Pa1!\"".getBytes(StandardCharsets.UTF_16LE));
  }
}

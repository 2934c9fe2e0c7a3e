package org.breachresponse.containment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.breachresponse.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class HoldBacksTest {

  private static final List<String> SCOPED = List.of("fd-pc-01", "xray-01.practice.local", "mlopez");

  @Test
  void aLineNamesAScopedTargetAndWhyRegardlessOfCase() {
    HoldBacks holdBacks = HoldBacks.parse("\n  XRAY-01.practice.local : the only X-ray server \n\n", SCOPED);

    assertThat(holdBacks.reason("xray-01.practice.local")).isEqualTo("the only X-ray server");
    assertThat(holdBacks.reason("fd-pc-01")).isNull();
    assertThat(holdBacks.size()).isEqualTo(1);
  }

  @Test
  void nothingWrittenHoldsNothingBack() {
    assertThat(HoldBacks.parse(null, SCOPED).size()).isZero();
    assertThat(HoldBacks.parse("  \n ", SCOPED).size()).isZero();
  }

  @Test
  void everyBadLineIsNamedAndNothingIsAccepted() {
    assertThatThrownBy(() -> HoldBacks.parse("""
        *)(objectClass=*: hostile
        fd-pc-01
        mlopez: ok
        MLOPEZ: twice
        admin,dc=practice: x""", SCOPED))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(error -> error.field() + " " + error.message())
            .containsExactly(
                "holdBack line 1: no scoped machine or account is called \"*)(objectClass=*\"",
                "holdBack line 2: write name: reason, the reason in at most 2000 characters",
                "holdBack line 4: mlopez is held back twice",
                "holdBack line 5: no scoped machine or account is called \"admin,dc=practice\""));
  }

  @Test
  void aVeryLongOrControlCharacterNameIsShortenedInTheMessage() {
    String name = "a".repeat(5000) + "\u0000";
    assertThatThrownBy(() -> HoldBacks.parse(name + ": x", SCOPED))
        .hasMessageContaining("\"" + "a".repeat(60) + "…\"");
  }
}

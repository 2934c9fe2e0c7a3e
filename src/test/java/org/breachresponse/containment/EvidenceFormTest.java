package org.breachresponse.containment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.breachresponse.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class EvidenceFormTest {

  private static final String SHA = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

  @Test
  void itemsKeepTheirHashLowerCaseAndTheZoneTheyWereCollectedIn() {
    EvidenceForm form = EvidenceForm.parse("Memory capture | " + SHA + " | Office safe\n\nFirewall log export|"
        + SHA.toLowerCase() + "|USB stick, bag 3", "Sam Lee", "2026-12-01T14:30[America/Chicago]", null);

    assertThat(form.items()).hasSize(2);
    assertThat(form.items().get(0).sha256()).isEqualTo(SHA.toLowerCase());
    assertThat(form.items().get(1).storageLocation()).isEqualTo("USB stick, bag 3");
    assertThat(form.collectedAt().getZone().getId()).isEqualTo("America/Chicago");
    assertThat(form.collectedAt().getOffset().getTotalSeconds()).isEqualTo(-6 * 3600);
  }

  @Test
  void anOffsetIsAZoneToo() {
    EvidenceForm form = EvidenceForm.parse("Disk image | " + SHA + " | Locker", "Sam", "2026-07-01T09:00-05:00", "");
    assertThat(form.collectedAt().getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
  }

  @Test
  void noItemsNeedAReason() {
    EvidenceForm form = EvidenceForm.parse("", null, null, "Machine was already re-imaged by the vendor");
    assertThat(form.items()).isEmpty();
    assertThat(form.noEvidenceReason()).isEqualTo("Machine was already re-imaged by the vendor");

    assertThatThrownBy(() -> EvidenceForm.parse(" ", null, null, " "))
        .hasMessageContaining("noEvidenceReason: list the evidence taken, or say why none was taken");
  }

  @Test
  void aTimeWithoutZoneABadHashAndAMissingCollectorAreEachNamed() {
    assertThatThrownBy(() -> EvidenceForm.parse("Image | " + SHA + " | Safe\nLog | 123 | Safe\nno pipes here", " ",
        "2026-12-01T14:30", null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(error -> error.field())
            .containsExactly("evidenceItems", "evidenceItems", "collectedBy", "collectedAt"));
  }

  @Test
  void listingItemsAndAReasonForNoneContradictEachOther() {
    assertThatThrownBy(() -> EvidenceForm.parse("Image | " + SHA + " | Safe", "Sam", "2026-12-01T14:30Z", "none taken"))
        .hasMessageContaining("noEvidenceReason: leave empty when evidence is listed");
  }
}

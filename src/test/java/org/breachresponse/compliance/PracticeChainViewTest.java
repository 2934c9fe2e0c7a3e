package org.breachresponse.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.breachresponse.audit.BrokenLink;
import org.breachresponse.audit.BrokenLinkKind;
import org.breachresponse.audit.ChainVerification;
import org.junit.jupiter.api.Test;

class PracticeChainViewTest {

  private static final BrokenLink OURS = new BrokenLink(BrokenLinkKind.values()[0], 7L, 70L, "BR-2026-0001", "changed");
  private static final BrokenLink THEIRS = new BrokenLink(BrokenLinkKind.values()[0], 9L, 90L, "BR-2026-0002", "changed");
  private static final BrokenLink NOBODYS = new BrokenLink(BrokenLinkKind.values()[0], 11L, null, null, "missing");

  @Test
  void aMemberSeesOnlyTheBrokenLinksAndTheEntryCountOfTheirOwnPractices() {
    ChainVerification whole = new ChainVerification(false, 120, 120, "ab12", OURS, List.of(OURS, THEIRS, NOBODYS), 3);

    ChainVerification ours = PracticeChainView.restrict(whole, Set.of("BR-2026-0001"), 40);

    assertThat(ours).isEqualTo(new ChainVerification(false, 40, 0, null, OURS, List.of(OURS), 1));
  }

  @Test
  void anotherPracticesBrokenLinkDoesNotShowNorDoesTheInstallationsHead() {
    ChainVerification whole = new ChainVerification(false, 120, 120, "ab12", THEIRS, List.of(THEIRS, NOBODYS), 2);

    ChainVerification ours = PracticeChainView.restrict(whole, Set.of("BR-2026-0001"), 40);

    assertThat(ours.intact()).isTrue();
    assertThat(ours.brokenLinks()).isEmpty();
    assertThat(ours.firstBrokenLink()).isNull();
    assertThat(ours.entriesChecked()).as("their entries, not the installation's 120").isEqualTo(40);
    assertThat(ours.headPosition()).isZero();
    assertThat(ours.headHash()).isNull();
  }
}

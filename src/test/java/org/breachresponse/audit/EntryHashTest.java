package org.breachresponse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class EntryHashTest {

  private static final Instant AT = Instant.parse("2026-11-28T09:15:30.123456Z");

  @Test
  void hashIsHexSha256OfTheLengthPrefixedEncoding() throws Exception {
    String hash = EntryHash.of(7, AT, "it-responder", "BR-2026-0001", "TRIAGED", "Triage decision: BREACH",
        EntryHash.GENESIS);

    byte[] expected = MessageDigest.getInstance("SHA-256").digest(EntryHash.encode(7, AT, "it-responder",
        "BR-2026-0001", "TRIAGED", "Triage decision: BREACH", EntryHash.GENESIS));
    assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(HexFormat.of().formatHex(expected));
  }

  @Test
  void encodingStartsWithItsVersionAndWritesEachTextAsLengthThenUtf8() {
    byte[] encoded = EntryHash.encode(1, Instant.EPOCH, "é", null, "A", "", "h");

    String version = "breach-response audit chain v1";
    String expected = "0000001e" + HexFormat.of().formatHex(version.getBytes(StandardCharsets.US_ASCII))
        + "0000000000000001" // position
        + "0000000000000000" + "00000000" // seconds, nanos
        + "00000002" + "c3a9" // actor: two UTF-8 bytes
        + "ffffffff" // no incident reference
        + "00000001" + "41" // action
        + "00000000" // empty summary
        + "00000001" + "68"; // previous hash
    assertThat(HexFormat.of().formatHex(encoded)).isEqualTo(expected);
  }

  @Test
  void movingCharactersAcrossAFieldBoundaryChangesTheHash() {
    String original = EntryHash.of(1, AT, "front-desk", "BR-2026-0001", "REPORTED", "Reported by x", "p");

    assertThat(EntryHash.of(1, AT, "front-desk", "BR-2026-0001", "REPORTE", "DReported by x", "p"))
        .isNotEqualTo(original);
    assertThat(EntryHash.of(1, AT, "front-deskBR-2026-0001", "", "REPORTED", "Reported by x", "p"))
        .isNotEqualTo(original);
    assertThat(EntryHash.of(1, AT, "front-desk", null, "BR-2026-0001REPORTED", "Reported by x", "p"))
        .isNotEqualTo(EntryHash.of(1, AT, "front-desk", "", "BR-2026-0001REPORTED", "Reported by x", "p"));
  }

  @Test
  void everyFieldIsCovered() {
    String original = EntryHash.of(1, AT, "a", "r", "x", "s", "p");

    assertThat(EntryHash.of(2, AT, "a", "r", "x", "s", "p")).isNotEqualTo(original);
    assertThat(EntryHash.of(1, AT.plusNanos(1000), "a", "r", "x", "s", "p")).isNotEqualTo(original);
    assertThat(EntryHash.of(1, AT, "b", "r", "x", "s", "p")).isNotEqualTo(original);
    assertThat(EntryHash.of(1, AT, "a", "q", "x", "s", "p")).isNotEqualTo(original);
    assertThat(EntryHash.of(1, AT, "a", "r", "y", "s", "p")).isNotEqualTo(original);
    assertThat(EntryHash.of(1, AT, "a", "r", "x", "t", "p")).isNotEqualTo(original);
    assertThat(EntryHash.of(1, AT, "a", "r", "x", "s", "q")).isNotEqualTo(original);
    assertThat(EntryHash.of(1, AT, "a", "r", "x", "s", "p")).as("same content, same hash").isEqualTo(original);
  }

  @Test
  void appendingLinksEachEntryToTheOneBefore() {
    ChainHead head = ChainHead.empty();
    AuditEntry first = new AuditEntry(AT, "front-desk", "BR-2026-0001", "REPORTED", "Reported");
    AuditEntry second = new AuditEntry(AT.plusSeconds(1), "it-responder", "BR-2026-0001", "TRIAGED", "Triaged");

    head.append(first);
    head.append(second);

    assertThat(first.chainPosition()).isEqualTo(1);
    assertThat(first.previousHash()).isEqualTo(EntryHash.GENESIS);
    assertThat(second.chainPosition()).isEqualTo(2);
    assertThat(second.previousHash()).isEqualTo(first.entryHash());
    assertThat(head.lastPosition()).isEqualTo(2);
    assertThat(head.lastHash()).isEqualTo(second.entryHash());
  }
}

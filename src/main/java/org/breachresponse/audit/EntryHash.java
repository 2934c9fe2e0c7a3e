package org.breachresponse.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash that seals one entry into the chain: hex SHA-256 over a canonical encoding of its position,
 * time, actor, incident reference, action, summary and the previous entry's hash. Every text is written
 * as its UTF-8 length (4 bytes, -1 for none) followed by its bytes, and numbers in fixed width, so no
 * two different entries encode alike: moving characters from one field to the next changes the hash.
 * The encoding is versioned by its first field; changing it means a new version, never an edit.
 */
public final class EntryHash {

  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private static final String VERSION = "breach-response audit chain v1";

  private EntryHash() {
  }

  public static String of(long position, Instant occurredAt, String actor, String incidentReference, String action,
      String summary, String previousHash) {
    return HexFormat.of().formatHex(sha256(encode(position, occurredAt, actor, incidentReference, action, summary,
        previousHash)));
  }

  static byte[] encode(long position, Instant occurredAt, String actor, String incidentReference, String action,
      String summary, String previousHash) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      text(out, VERSION);
      out.writeLong(position);
      out.writeLong(occurredAt.getEpochSecond());
      out.writeInt(occurredAt.getNano());
      text(out, actor);
      text(out, incidentReference);
      text(out, action);
      text(out, summary);
      text(out, previousHash);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void text(DataOutputStream out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

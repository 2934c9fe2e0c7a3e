package org.breachresponse.directory;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How many times each account's password was written, read back from an Active Directory domain controller:
 * the version of {@code unicodePwd} in the entry's {@code replPropertyMetaData}, which the DC raises by one at
 * every write of that attribute, a forced reset included ([MS-DRSR] 5.11 AttributeStamp, {@code dwVersion}).
 * Samba stores and returns it as AD does (the NDR {@code replPropertyMetaDataBlob}, version 1: a 16-byte
 * header with the count at offset 8, then one 48-byte {@code replPropertyMetaData1} per attribute, its attid at
 * offset 0 and its version at offset 4, little-endian); Samba 4.17 does not construct the
 * {@code msDS-ReplAttributeMetaData} attribute Windows offers for the same figure. {@link ActiveDirectory} reads
 * it before a reset, so a reset interrupted before it was recorded is not written twice; the cluster test reads it
 * to count the writes.
 */
public final class PasswordWrites {

  /** {@code DRSUAPI_ATTID_unicodePwd}, the attid of {@code unicodePwd} ([MS-ADA3] 2.332). */
  static final int UNICODE_PWD = 0x9005A;
  static final String REPL_PROPERTY_META_DATA = "replPropertyMetaData";
  private static final int HEADER = 16;
  private static final int ENTRY = 48;

  private PasswordWrites() {
  }

  /**
   * The {@code unicodePwd} version of every user under {@code base} whose {@code sAMAccountName} starts with
   * {@code prefix}, by lower-case account name.
   */
  public static Map<String, Integer> byAccount(LDAPConnection connection, String base, String prefix)
      throws LDAPException {
    SearchResult result = connection.search(base, SearchScope.SUB,
        Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "user"),
            Filter.createSubInitialFilter("sAMAccountName", prefix)),
        "sAMAccountName", REPL_PROPERTY_META_DATA);
    Map<String, Integer> versions = new HashMap<>();
    for (SearchResultEntry entry : result.getSearchEntries()) {
      byte[] blob = entry.getAttributeValueBytes(REPL_PROPERTY_META_DATA);
      if (blob == null) {
        throw new IllegalStateException("The directory returned no replPropertyMetaData for " + entry.getDN()
            + ": it cannot tell how often the password was written");
      }
      versions.put(entry.getAttributeValue("sAMAccountName").toLowerCase(Locale.ROOT), unicodePwdVersion(blob));
    }
    return versions;
  }

  /** The version of {@code unicodePwd} in one {@code replPropertyMetaData} blob; 0 if it was never set. */
  static int unicodePwdVersion(byte[] blob) {
    ByteBuffer buffer = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
    if (buffer.getInt(0) != 1) {
      throw new IllegalArgumentException("replPropertyMetaDataBlob version " + buffer.getInt(0) + ", expected 1");
    }
    int count = buffer.getInt(8);
    if (blob.length < HEADER + count * ENTRY) {
      throw new IllegalArgumentException("replPropertyMetaDataBlob of " + blob.length + " bytes cannot hold " + count
          + " entries");
    }
    for (int i = 0; i < count; i++) {
      int at = HEADER + i * ENTRY;
      if (buffer.getInt(at) == UNICODE_PWD) {
        return buffer.getInt(at + 4);
      }
    }
    return 0;
  }
}

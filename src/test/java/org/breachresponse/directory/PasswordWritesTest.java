package org.breachresponse.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordWritesTest {

  /**
   * The replPropertyMetaData of a user on Samba 4.17 (Debian 12), created with samba-tool (which writes the
   * password twice) and then given two new passwords: ldbsearch --show-binary shows 23 attributes, unicodePwd
   * at version 4.
   */
  private static final String SAMBA_BLOB =
      "AQAAAAAAAAAXAAAAAAAAAAAAAAABAAAApJUlIQMAAACwFyOT7lLRRZ/Qgt/EJVAdlw8AAAAAAACXDwAAAAAAAAMAAAABAAAApJUl"
      + "IQMAAACwFyOT7lLRRZ/Qgt/EJVAdlw8AAAAAAACXDwAAAAAAAAEAAgABAAAApJUlIQMAAACwFyOT7lLRRZ/Qgt/EJVAdlw8AAAAA"
      + "AACXDwAAAAAAAAIAAgABAAAApJUlIQMAAACwFyOT7lLRRZ/Qgt/EJVAdlw8AAAAAAACXDwAAAAAAABkBAgABAAAApJUlIQMAAACw"
      + "FyOT7lLRRZ/Qgt/EJVAdlw8AAAAAAACXDwAAAAAAAAEACQABAAAApJUlIQMAAACwFyOT7lLRRZ/Qgt/EJVAdlw8AAAAAAACXDwAA"
      + "AAAAAAgACQAEAAAApJUlIQMAAACwFyOT7lLRRZ/Qgt/EJVAdmQ8AAAAAAACZDwAAAAAAABAACQABAAAApJUlIQMAAACwFyOT7lLR"
      + "RZ/Qgt/EJVAdlw8AAAAAAACXDwAAAAAAABkACQABAAAApJUlIQMAAACwFyOT7lLRRZ/Qgt/EJVAdlw8AAAAAAACXDwAAAAAAADcA"
      + "CQAEAAAAp5UlIQMAAACwFyOT7lLRRZ/Qgt/EJVAdmw8AAAAAAACbDwAAAAAAAEAACQABAAAApJUlIQMAAACwFyOT7lLRRZ/Qgt/E"
      + "JVAdlw8AAAAAAACXDwAAAAAAAFoACQAEAAAAp5UlIQMAAACwFyOT7lLRRZ/Qgt/EJVAdmw8AAAAAAACbDwAAAAAAAF4ACQAEAAAA"
      + "p5UlIQMAAACwFyOT7lLRRZ/Qgt/EJVAdmw8AAAAAAACbDwAAAAAAAGAACQAEAAAAp5UlIQMAAACwFyOT7lLRRZ/Qgt/EJVAdmw8A"
      + "AAAAAACbDwAAAAAAAGIACQABAAAApJUlIQMAAACwFyOT7lLRRZ/Qgt/EJVAdlw8AAAAAAACXDwAAAAAAAH0ACQADAAAAp5UlIQMA"
      + "AACwFyOT7lLRRZ/Qgt/EJVAdmw8AAAAAAACbDwAAAAAAAJIACQABAAAApJUlIQMAAACwFyOT7lLRRZ/Qgt/EJVAdlw8AAAAAAACX"
      + "DwAAAAAAAJ8ACQABAAAApJUlIQMAAACwFyOT7lLRRZ/Qgt/EJVAdlw8AAAAAAACXDwAAAAAAAKAACQAEAAAAp5UlIQMAAACwFyOT"
      + "7lLRRZ/Qgt/EJVAdmw8AAAAAAACbDwAAAAAAAN0ACQABAAAApJUlIQMAAACwFyOT7lLRRZ/Qgt/EJVAdlw8AAAAAAACXDwAAAAAA"
      + "AC4BCQABAAAApJUlIQMAAACwFyOT7lLRRZ/Qgt/EJVAdlw8AAAAAAACXDwAAAAAAAJACCQABAAAApJUlIQMAAACwFyOT7lLRRZ/Q"
      + "gt/EJVAdlw8AAAAAAACXDwAAAAAAAA4DCQABAAAApJUlIQMAAACwFyOT7lLRRZ/Qgt/EJVAdlw8AAAAAAACXDwAAAAAAAA==";

  @Test
  void readsTheVersionOfUnicodePwdFromSambasMetadata() {
    assertThat(PasswordWrites.unicodePwdVersion(Base64.getDecoder().decode(SAMBA_BLOB))).isEqualTo(4);
  }

  @Test
  void anEntryWithoutUnicodePwdHasVersionZeroAndAnotherBlobVersionIsRefused() {
    byte[] empty = new byte[16];
    empty[0] = 1;
    assertThat(PasswordWrites.unicodePwdVersion(empty)).isZero();
    byte[] two = empty.clone();
    two[0] = 2;
    assertThatThrownBy(() -> PasswordWrites.unicodePwdVersion(two)).hasMessageContaining("version 2");
  }
}

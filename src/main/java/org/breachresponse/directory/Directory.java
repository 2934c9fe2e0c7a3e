package org.breachresponse.directory;

import java.util.function.Consumer;
import org.breachresponse.incident.AccountName;
import org.breachresponse.incident.Hostname;

/**
 * One practice's directory (Active Directory or OpenLDAP). Every operation is idempotent: repeating it
 * after a crash or a retry does no harm and reports what it found.
 *
 * <p>Failures: {@link DirectoryTargetNotFoundException} when the machine or account does not exist (a
 * person must act by hand); {@link DirectoryUnavailableException} when the server cannot be reached or
 * refuses for a reason a retry may cure.
 */
public interface Directory extends AutoCloseable {

  /** Disables the machine's account and moves it into quarantine, remembering what restore needs. */
  MachineIsolation isolate(Hostname machine);

  /**
   * Where the machine's entry is, its flags, and whether it is isolated, read without changing anything. Taken
   * just before an isolation, it is what that isolation will record as the machine's original place and flags;
   * after a crash it tells whether the interrupted isolation reached the directory.
   *
   * @throws DirectoryTargetNotFoundException when the machine does not exist
   */
  MachinePlace place(Hostname machine);

  /** Undoes {@link #isolate}: original place, original flags, out of the quarantine group. */
  void restore(MachineIsolation isolation);

  /**
   * Replaces the user's password with a random one nobody is told (never stored, logged or returned)
   * and makes the directory demand a new password: the user must come to IT to sign in again.
   */
  void forcePasswordReset(AccountName account);

  /**
   * What the directory keeps of the account's password writes, read without changing anything: a value that
   * every password write changes. Taken just before a reset, it lets {@link #resetSince} tell after a crash
   * whether the interrupted reset reached the directory, so that it is not written a second time.
   *
   * @throws DirectoryTargetNotFoundException when the account does not exist
   */
  String passwordWriteStamp(AccountName account);

  /**
   * {@link #forcePasswordReset}, after handing {@code beforeWrite} the account's {@linkplain #passwordWriteStamp
   * password-write stamp} as it is just before the write: the write is made only once {@code beforeWrite} has
   * returned (it commits the intent). An adapter may read the stamp in the same look-up that finds the account.
   *
   * @throws DirectoryTargetNotFoundException when the account does not exist
   */
  default void forcePasswordReset(AccountName account, Consumer<String> beforeWrite) {
    beforeWrite.accept(passwordWriteStamp(account));
    forcePasswordReset(account);
  }

  /**
   * Whether the account's password was written since {@code stamp} and is now as {@link #forcePasswordReset}
   * leaves it (a new password must be chosen at the next sign-in). False when nothing was written, and also
   * when someone else changed the password since (the user, or whoever holds the stolen password): then the
   * reset is still to be made.
   *
   * @throws DirectoryTargetNotFoundException when the account does not exist
   */
  boolean resetSince(AccountName account, String stamp);

  /**
   * A test connection: bind, then the base DN, quarantine OU and quarantine group found. Changes nothing;
   * never throws for a wrong setting, it names it.
   */
  ConnectionCheck check();

  /** Closes pooled connections; the adapter is not used afterwards. */
  @Override
  void close();
}

package org.breachresponse.containment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.breachresponse.directory.Directory;
import org.breachresponse.directory.DirectoryRefusedException;
import org.breachresponse.directory.DirectoryTargetNotFoundException;
import org.breachresponse.directory.DirectoryUnavailableException;
import org.breachresponse.directory.MachineIsolation;
import org.breachresponse.directory.MachinePlace;
import org.breachresponse.incident.AccountName;
import org.breachresponse.incident.Hostname;
import org.breachresponse.directory.ConnectionCheck;

/**
 * A directory on maps for the engine path tests, answering as the real adapters do (idempotent,
 * not-found, unavailable). The adapters themselves are tested against real Samba AD and slapd.
 */
public class InMemoryDirectory implements Directory {

  private final Set<String> machines = new HashSet<>();
  private final Set<String> accounts = new HashSet<>();
  private final Map<String, MachinePlace> places = new HashMap<>();
  private int isolations;
  private int isolationsToBreak;
  private final List<String> resets = new ArrayList<>();
  private final List<String> ownChanges = new ArrayList<>();
  private boolean down;
  private boolean refusing;
  private boolean closed;
  private int answersToLose;
  private int writesToFail;

  public InMemoryDirectory withMachines(String... names) {
    machines.addAll(List.of(names));
    return this;
  }

  public InMemoryDirectory withAccounts(String... names) {
    accounts.addAll(List.of(names));
    return this;
  }

  public void down(boolean down) {
    this.down = down;
  }

  /** Answers as a directory that refuses the service account: no retry cures that. */
  public void refusing(boolean refusing) {
    this.refusing = refusing;
  }

  /**
   * As Active Directory isolates: disables the account (0x2 of its flags), moves it to the quarantine OU; restore
   * puts back the place and flags it is given.
   */
  @Override
  public MachineIsolation isolate(Hostname machine) {
    MachinePlace before = place(machine);
    if (before.isolated()) {
      return new MachineIsolation(machine.value(), before.dn(), before.dn(), before.accountFlags(), true);
    }
    failIfAsked();
    if (isolationsToBreak > 0) {
      isolationsToBreak--;
      places.put(machine.value(), new MachinePlace(before.dn(), before.dn(), before.accountFlags() | 0x2, false));
      throw new DirectoryUnavailableException("The connection to ldaps://dc1.practice.test:636 was reset", null);
    }
    String quarantined = "CN=" + machine.value() + ",OU=Quarantine,DC=practice,DC=test";
    places.put(machine.value(), new MachinePlace(quarantined, quarantined, before.accountFlags() | 0x2, true));
    isolations++;
    return new MachineIsolation(machine.value(), before.dn(), quarantined, before.accountFlags(), false);
  }

  @Override
  public MachinePlace place(Hostname machine) {
    check(machines, machine.value());
    String workstation = "CN=" + machine.value() + ",OU=Workstations,DC=practice,DC=test";
    return places.getOrDefault(machine.value(), new MachinePlace(workstation, workstation, 0x1000, false));
  }

  @Override
  public void restore(MachineIsolation isolation) {
    check(machines, isolation.hostname());
    if (isolation.wasAlreadyIsolated()) {
      return;
    }
    places.put(isolation.hostname(), new MachinePlace(isolation.originalDn(), isolation.originalDn(),
        isolation.originalAccountFlags(), false));
  }

  /**
   * The next {@code count} isolations stop halfway, as Active Directory's would if the connection broke after
   * the first step: the account is disabled, but neither grouped nor moved.
   */
  public void breakIsolations(int count) {
    isolationsToBreak = count;
  }

  /** How many isolations changed the directory. */
  public int isolations() {
    return isolations;
  }

  /**
   * The next {@code count} password writes reach the directory, but their answer is lost: the caller sees the
   * connection fail as when a node dies between the write and recording it.
   */
  public void loseAnswers(int count) {
    answersToLose = count;
  }

  /** The next {@code count} writes (password or isolation) fail before they reach the directory; reads answer. */
  public void failWrites(int count) {
    writesToFail = count;
  }

  @Override
  public void forcePasswordReset(AccountName account) {
    check(accounts, account.value());
    failIfAsked();
    resets.add(account.value());
    if (answersToLose > 0) {
      answersToLose--;
      throw new DirectoryUnavailableException("The connection to ldaps://dc1.practice.test:636 was reset", null);
    }
  }

  /** How many times the account's password was written, as Active Directory's unicodePwd version counts them. */
  @Override
  public String passwordWriteStamp(AccountName account) {
    return Long.toString(writes(account));
  }

  /** Written once since the stamp, and that write was a reset (not a change of the user's own). */
  @Override
  public boolean resetSince(AccountName account, String stamp) {
    return writes(account) == Long.parseLong(stamp) + 1 && ownChanges.stream().noneMatch(account.value()::equals);
  }

  /** The user (or whoever holds the password) changes it: a write that is not a reset. */
  public void changedByItsHolder(String account) {
    ownChanges.add(account);
  }

  private long writes(AccountName account) {
    check(accounts, account.value());
    return resets.stream().filter(account.value()::equals).count()
        + ownChanges.stream().filter(account.value()::equals).count();
  }

  /** As a test connection answers: a refused bind names the password, a server down the URL. */
  @Override
  public ConnectionCheck check() {
    if (refusing) {
      return ConnectionCheck.failed("bindPassword", "the directory refused the bind DN with this password");
    }
    return down ? ConnectionCheck.failed("url", "cannot reach the directory") : ConnectionCheck.passed();
  }

  @Override
  public void close() {
    closed = true;
  }

  public boolean closed() {
    return closed;
  }

  public boolean isIsolated(String machine) {
    MachinePlace place = places.get(machine);
    return place != null && place.isolated();
  }

  public List<String> resets() {
    return resets;
  }

  private void failIfAsked() {
    if (writesToFail > 0) {
      writesToFail--;
      throw new DirectoryUnavailableException("Cannot reach the directory at ldaps://dc1.practice.test:636", null);
    }
  }

  private void check(Set<String> known, String name) {
    if (refusing) {
      throw new DirectoryRefusedException("The directory at ldaps://dc1.practice.test:636 refused the service account"
          + " CN=breach-response,OU=Service Accounts,DC=practice,DC=test: check BREACH_DIRECTORY_BIND_DN/PASSWORD");
    }
    if (down) {
      throw new DirectoryUnavailableException("Cannot reach the directory at ldaps://dc1.practice.test:636", null);
    }
    if (!known.contains(name)) {
      throw new DirectoryTargetNotFoundException("No entry named " + name + " under DC=practice,DC=test");
    }
  }
}

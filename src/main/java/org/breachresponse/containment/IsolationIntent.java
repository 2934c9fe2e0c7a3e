package org.breachresponse.containment;

import org.breachresponse.directory.MachineIsolation;
import org.breachresponse.directory.MachinePlace;

/**
 * What a directory isolation's intent keeps in {@code containment_intent.stamp} (V11__isolation_intent.sql): the
 * machine's flags and place just before the isolation, as "flags DN" (a DN may hold spaces, the number never).
 */
final class IsolationIntent {

  private IsolationIntent() {
  }

  static String stamp(MachinePlace before) {
    return before.accountFlags() + " " + before.originalDn();
  }

  /** The isolation an interrupted attempt made, undone by restore to the place and flags its intent kept. */
  static MachineIsolation isolation(String hostname, String stamp, String quarantinedDn) {
    int space = stamp.indexOf(' ');
    if (space < 1) {
      throw new IllegalArgumentException("Not an isolation intent: " + stamp);
    }
    return new MachineIsolation(hostname, stamp.substring(space + 1), quarantinedDn,
        Integer.parseInt(stamp.substring(0, space)), false);
  }
}

package org.breachresponse.directory;

import org.breachresponse.incident.Hostname;

/**
 * The practice's endpoint protection (EDR) agent, as containment uses it: cut a machine off the network
 * while it keeps talking to the vendor's cloud, and let it back on. Unlike disabling the computer account
 * in the directory, this stops a running, compromised host at once (docs/platform-notes.md, 'Active Directory').
 *
 * <p>Both operations are idempotent: isolating an isolated machine, or releasing a released one, succeeds.
 * They return once the vendor has accepted the action; the agent carries it out when it next checks in.
 *
 * <p>Failures: {@link DirectoryTargetNotFoundException} when the EDR does not know the machine (a person
 * must act by hand); {@link DirectoryUnavailableException} when the vendor cannot be reached, throttles
 * (429) or fails (5xx), so a retry may succeed; {@link IllegalStateException} with the vendor's error text
 * for any other refusal (wrong credentials, missing permission), which a retry will not cure. Messages never
 * contain client secrets or access tokens.
 */
public interface EndpointProtection {

  /**
   * Isolates the machine from the network.
   *
   * @param comment why, stored by the vendor with the action (an incident reference, never patient data)
   */
  void isolate(Hostname machine, String comment);

  /** Undoes {@link #isolate}; {@code comment} as there. */
  void release(Hostname machine, String comment);

  /** A test connection: obtains an access token with the client credentials. Changes nothing. */
  ConnectionCheck check();
}

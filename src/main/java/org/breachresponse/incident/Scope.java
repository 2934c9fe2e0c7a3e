package org.breachresponse.incident;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the breach touched, as the IT responder established it.
 *
 * @param machines             affected machines
 * @param accounts             compromised accounts
 * @param dataTypes            types of data compromised
 * @param howItHappened        the way in, as far as known
 * @param suspects             who may be behind it, if anyone is suspected
 * @param individualsByState   affected individuals per state of residence
 * @param encryptedKeySafe     the data was encrypted and the key was not compromised: "secured" PHI
 *                             in HHS's sense (docs/legal-sources.md, 'What counts as a breach')
 */
public record Scope(
    List<Hostname> machines,
    List<AccountName> accounts,
    Set<DataType> dataTypes,
    String howItHappened,
    String suspects,
    Map<UsJurisdiction, Integer> individualsByState,
    boolean encryptedKeySafe) {

  public Scope {
    machines = List.copyOf(machines);
    accounts = List.copyOf(accounts);
    dataTypes = Set.copyOf(dataTypes);
    individualsByState = Map.copyOf(individualsByState);
  }
}

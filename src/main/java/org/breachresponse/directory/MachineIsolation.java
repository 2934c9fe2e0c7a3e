package org.breachresponse.directory;

/**
 * What isolating a machine changed, kept so that it can be undone exactly.
 *
 * @param hostname              the machine
 * @param originalDn            where its entry was before
 * @param quarantinedDn         where it is now
 * @param originalAccountFlags  its flags before (Active Directory {@code userAccountControl}; 0 where the
 *                              directory has none)
 * @param wasAlreadyIsolated    it was found disabled in quarantine already: nothing was changed
 */
public record MachineIsolation(String hostname, String originalDn, String quarantinedDn, int originalAccountFlags,
    boolean wasAlreadyIsolated) {
}

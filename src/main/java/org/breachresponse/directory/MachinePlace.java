package org.breachresponse.directory;

/**
 * A machine's entry as the directory shows it now, read without changing anything ({@link Directory#place}).
 *
 * @param dn           where the entry is now
 * @param originalDn   where {@link Directory#isolate} would record that the entry came from: its DN, or for an
 *                     entry OpenLDAP's isolation already moved, the DN it was moved from
 * @param accountFlags its flags now (Active Directory {@code userAccountControl}; 0 where the directory has none)
 * @param isolated     every step of {@link Directory#isolate} is done: isolating it again would change nothing
 */
public record MachinePlace(String dn, String originalDn, int accountFlags, boolean isolated) {
}

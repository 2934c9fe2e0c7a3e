package org.breachresponse.practice;

/**
 * How containment reaches a practice's directory, without the bind password (which is write-only).
 *
 * @param kind            ACTIVE_DIRECTORY, OPENLDAP or NONE (containment by hand)
 * @param url             {@code ldaps://dc1.practice.local:636}, or {@code ldap://…} (then StartTLS)
 * @param bindDn          the service account that may disable, move and reset
 * @param baseDn          where machines and users are searched
 * @param quarantineOu    DN of the OU isolated machines are moved into
 * @param quarantineGroup DN of the group isolated machines are added to
 * @param caCertificate   PEM of the CA that signed the directory's certificate; null: the JVM's trusted CAs
 */
public record DirectoryConnection(String kind, String url, String bindDn, String baseDn, String quarantineOu,
    String quarantineGroup, String caCertificate) {
}

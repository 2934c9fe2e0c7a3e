package org.breachresponse.security;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;

/**
 * Camunda's LDAP identity provider plugin set up for Active Directory from {@link IdentitySettings}: staff are
 * enabled user accounts under the user search base, found by {@code sAMAccountName} through the read-only
 * lookup account; roles are the directory groups of {@link RoleGroups} ({@link ActiveDirectoryIdentitySession}).
 * Connections are LDAPS only, the certificate checked against {@code BREACH_IDENTITY_CA_FILE} (or the JVM's
 * CAs) and the host name against the certificate ({@link DirectoryTlsSocketFactory}); untrusted certificates are
 * never accepted.
 */
public class ActiveDirectoryIdentityPlugin extends LdapIdentityProviderPlugin {

  /** Enabled accounts of people: no computers, no disabled accounts (userAccountControl bit 2). */
  static final String STAFF_FILTER =
      "(&(objectCategory=person)(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))";
  static final String SOCKET_FACTORY = "java.naming.ldap.factory.socket";
  /** How long a directory search may take before sign-in gives up, in milliseconds. */
  static final String READ_TIMEOUT_MILLIS = "10000";

  private final RoleGroups roleGroups;

  public ActiveDirectoryIdentityPlugin(IdentitySettings settings) {
    this.roleGroups = settings.roleGroups();
    setServerUrl(settings.url());
    setUseSsl(true);
    setAcceptUntrustedCertificates(false);
    setManagerDn(settings.bindDn());
    setManagerPassword(settings.bindPassword());
    setBaseDn(settings.baseDn());
    setUserSearchBase(settings.userSearchBase());
    setUserSearchFilter(STAFF_FILTER);
    setUserIdAttribute("sAMAccountName");
    setUserFirstnameAttribute("givenName");
    setUserLastnameAttribute("sn");
    setUserEmailAttribute("mail");
    setGroupSearchBase(settings.groupSearchBase());
    setGroupSearchFilter("(objectClass=group)");
    setGroupIdAttribute("cn");
    setGroupNameAttribute("cn");
    setGroupMemberAttribute("member");
    setAuthorizationCheckEnabled(true);
    getContextProperties().put("com.sun.jndi.ldap.read.timeout", READ_TIMEOUT_MILLIS);
    if (settings.caFile() != null) {
      DirectoryTlsSocketFactory.trust(settings.caFile());
      getContextProperties().put(SOCKET_FACTORY, DirectoryTlsSocketFactory.class.getName());
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    Factory factory = new Factory(roleGroups);
    factory.setLdapConfiguration(this);
    configuration.setIdentityProviderSessionFactory(factory);
  }

  /** Opens our session instead of the plugin's. */
  static final class Factory extends LdapIdentityProviderFactory {

    private final RoleGroups roleGroups;

    Factory(RoleGroups roleGroups) {
      this.roleGroups = roleGroups;
    }

    @Override
    public Session openSession() {
      return new ActiveDirectoryIdentitySession(ldapConfiguration, roleGroups);
    }
  }
}

package org.breachresponse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.breachresponse.security.IdentitySettings.Provider;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdentitySettingsTest {

  private static final String BASE = "DC=practice,DC=local";
  private static final RoleGroups ROLES = RoleGroups.of(Map.of(Roles.IT_RESPONDER, "CN=Dental IT,OU=Groups," + BASE));

  @AfterEach
  void clearProperties() {
    System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("breach.identity."))
        .forEach(System::clearProperty);
  }

  @Test
  void withoutSettingsTheEnginesOwnUsersSignIn() {
    IdentitySettings settings = IdentitySettings.fromSystemProperties();

    assertThat(settings.provider()).isEqualTo(Provider.DATABASE);
    assertThat(settings.activeDirectory()).isFalse();
    assertThat(settings.roleGroups().all()).isEmpty();
  }

  @Test
  void activeDirectoryIsReadFromTheSystemPropertiesTheCliScriptSets() {
    System.setProperty("breach.identity.provider", "active-directory");
    System.setProperty("breach.identity.url", "ldaps://dc1.practice.local:636");
    System.setProperty("breach.identity.bind-dn", "CN=svc-breach-lookup,OU=Service Accounts," + BASE);
    System.setProperty("breach.identity.bind-password", "secret");
    System.setProperty("breach.identity.base-dn", BASE);
    System.setProperty("breach.identity.user-search-base", "OU=Staff");
    System.setProperty("breach.identity.role.it-responder", "cn=dental it, ou=groups," + BASE);

    IdentitySettings settings = IdentitySettings.fromSystemProperties();

    assertThat(settings.activeDirectory()).isTrue();
    assertThat(settings.userSearchBase()).isEqualTo("OU=Staff");
    assertThat(settings.caFile()).isNull();
    assertThat(settings.roleGroups().roleOf("CN=Dental IT,OU=Groups," + BASE)).contains(Roles.IT_RESPONDER);
    assertThat(settings.toString()).doesNotContain("secret");
  }

  @Test
  void anUnknownProviderIsRefusedNamingTheVariable() {
    System.setProperty("breach.identity.provider", "kerberos");

    assertThatThrownBy(IdentitySettings::fromSystemProperties)
        .hasMessageContaining("BREACH_IDENTITY_PROVIDER").hasMessageContaining("kerberos");
  }

  @Test
  void aGroupThatIsNotADnIsRefusedNamingTheRole() {
    System.setProperty("breach.identity.role.front-desk", "Dental Front Desk");

    assertThatThrownBy(IdentitySettings::fromSystemProperties)
        .hasMessageContaining("BREACH_IDENTITY_ROLE_").hasMessageContaining("front-desk");
  }

  @Test
  void plainLdapIsRefusedForStaffPasswordsWouldCrossItInClear() {
    assertThatThrownBy(() -> activeDirectory("ldap://dc1.practice.local:389", "CN=lookup," + BASE, "pw", BASE, null))
        .hasMessageContaining("BREACH_IDENTITY_URL").hasMessageContaining("ldaps://");
  }

  @Test
  void theLookupAccountAndBaseDnAreRequired() {
    assertThatThrownBy(() -> activeDirectory("ldaps://dc1:636", "", "pw", BASE, null))
        .hasMessageContaining("BREACH_IDENTITY_BIND_DN");
    assertThatThrownBy(() -> activeDirectory("ldaps://dc1:636", "CN=lookup," + BASE, "pw", "", null))
        .hasMessageContaining("BREACH_IDENTITY_BASE_DN");
    assertThatThrownBy(() -> activeDirectory("ldaps://dc1:636", "CN=lookup," + BASE, "pw", "DC=practice,,", null))
        .hasMessageContaining("BREACH_IDENTITY_BASE_DN");
  }

  @Test
  void aCaFileThatCannotBeReadIsRefusedAtStart() {
    assertThatThrownBy(() -> activeDirectory("ldaps://dc1:636", "CN=lookup," + BASE, "pw", BASE, Path.of("/no/ca.pem")))
        .hasMessageContaining("BREACH_IDENTITY_CA_FILE");
  }

  @Test
  void developmentModeWithADirectoryIsRefused() {
    IdentitySettings settings = activeDirectory("ldaps://dc1:636", "CN=lookup," + BASE, "pw", BASE, null);

    assertThatThrownBy(() -> IdentityProviders.install(
        new StandaloneInMemProcessEngineConfiguration(), settings, true))
        .hasMessageContaining("BREACH_MODE=production");
  }

  private static IdentitySettings activeDirectory(String url, String bindDn, String password, String base, Path ca) {
    return new IdentitySettings(Provider.ACTIVE_DIRECTORY, url, bindDn, password, base, "", "", ca, ROLES);
  }
}

package org.breachresponse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleGroupsTest {

  private final RoleGroups groups = RoleGroups.of(Map.of(
      Roles.IT_RESPONDER, "CN=Dental IT,OU=Groups,DC=practice,DC=local",
      Roles.FRONT_DESK, ""));

  @Test
  void aGroupIsFoundByItsDnWhateverItsCaseAndSpacing() {
    assertThat(groups.roleOf("cn=dental it, ou=Groups, dc=PRACTICE, dc=local")).contains(Roles.IT_RESPONDER);
    assertThat(groups.groupOf(Roles.IT_RESPONDER).orElseThrow().toString())
        .isEqualTo("CN=Dental IT,OU=Groups,DC=practice,DC=local");
  }

  @Test
  void unmappedGroupsAndRolesAndNonDnsAreNothing() {
    assertThat(groups.roleOf("CN=Dental Marketing,OU=Groups,DC=practice,DC=local")).isEmpty();
    assertThat(groups.roleOf("*)(cn=*")).isEmpty();
    assertThat(groups.groupOf(Roles.FRONT_DESK)).isEmpty();
    assertThat(groups.groupOf("*")).isEmpty();
    assertThat(groups.groupOf(null)).isEmpty();
    assertThat(groups.all()).containsOnlyKeys(Roles.IT_RESPONDER);
  }

  @Test
  void aRoleWeDoNotHaveIsRefused() {
    assertThatThrownBy(() -> RoleGroups.of(Map.of("dentist", "CN=Dentists,DC=practice,DC=local")))
        .hasMessageContaining("dentist");
  }
}

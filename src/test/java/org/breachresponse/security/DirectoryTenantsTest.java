package org.breachresponse.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.breachresponse.practice.PracticeStaffGroup;
import org.junit.jupiter.api.Test;

/** Who belongs to which practice with Active Directory sign-in, from the groups a user is a member of. */
class DirectoryTenantsTest {

  private static final String IT_GROUP = "CN=Dental IT,OU=Groups,DC=practice,DC=test";
  private static final String ADMINS = "CN=Breach Response Admins,OU=Groups,DC=practice,DC=test";
  private static final String MOLAR_STAFF = "CN=Molar Bay Staff,OU=Molar Bay,DC=practice,DC=test";
  private static final RoleGroups ROLES = RoleGroups.of(Map.of(Roles.IT_RESPONDER, IT_GROUP, Roles.ADMIN, ADMINS));

  private final PracticeStaffGroup first = new PracticeStaffGroup("practice", "Bright Smiles", null, true);
  private final PracticeStaffGroup molarBay = new PracticeStaffGroup("molar-bay", "Molar Bay",
      "cn=molar bay staff, ou=Molar Bay, dc=practice, dc=test", false);

  @Test
  void aStaffGroupMemberBelongsToItsPracticeAndARoleGroupMemberToTheFirst() throws LDAPException {
    DirectoryTenants tenants = new DirectoryTenants(List.of(first, molarBay), ROLES);

    assertThat(tenants.groupsToAsk(true)).containsExactlyInAnyOrder(new DN(MOLAR_STAFF), new DN(IT_GROUP));
    assertThat(tenants.practicesOfMember(Set.of(new DN(MOLAR_STAFF)), true)).containsExactly("molar-bay");
    assertThat(tenants.practicesOfMember(Set.of(new DN(IT_GROUP)), true)).containsExactly("practice");
    assertThat(tenants.practicesOfMember(Set.of(new DN(ADMINS)), true)).isEmpty();
    assertThat(tenants.practicesOfMember(Set.of(), true)).isEmpty();
  }

  @Test
  void theFirstPracticesMembershipThroughRolesCountsOnlyWhereGroupsCount() throws LDAPException {
    DirectoryTenants tenants = new DirectoryTenants(List.of(first, molarBay), ROLES);

    assertThat(tenants.groupsToAsk(false)).containsExactly(new DN(MOLAR_STAFF));
    assertThat(tenants.practicesOfMember(Set.of(new DN(IT_GROUP), new DN(MOLAR_STAFF)), false))
        .containsExactly("molar-bay");
    assertThat(tenants.practicesOfGroup(Roles.IT_RESPONDER)).containsExactly("practice");
    assertThat(tenants.practicesOfGroup(Roles.ADMIN)).isEmpty();
    assertThat(tenants.practicesOfGroup(Roles.FRONT_DESK)).as("a role without a directory group").isEmpty();
  }

  @Test
  void aFirstPracticeThatNamesAStaffGroupHasOnlyItsMembers() throws LDAPException {
    PracticeStaffGroup named = new PracticeStaffGroup("practice", "Bright Smiles", MOLAR_STAFF, true);
    DirectoryTenants tenants = new DirectoryTenants(List.of(named), ROLES);

    assertThat(tenants.groupsToAsk(true)).containsExactly(new DN(MOLAR_STAFF));
    assertThat(tenants.practicesOfMember(Set.of(new DN(IT_GROUP)), true)).isEmpty();
    assertThat(tenants.practicesOfGroup(Roles.IT_RESPONDER)).isEmpty();
  }

  @Test
  void aStaffGroupThatIsNoDnGivesNobodyThePractice() {
    PracticeStaffGroup broken = new PracticeStaffGroup("broken", "Broken", "Molar Bay Staff", false);
    DirectoryTenants tenants = new DirectoryTenants(List.of(broken), ROLES);

    assertThat(tenants.groupsToAsk(true)).isEmpty();
  }

  @Test
  void theMembershipSearchEscapesEveryValue() throws LDAPException {
    String filter = DirectoryTenants.membershipFilter(List.of(new DN("CN=a\\2a)(b,DC=test")),
        "CN=x*)(cn=*,OU=Staff,DC=test").toString();

    assertThat(filter).isEqualTo("(&(objectClass=group)(|(distinguishedName=CN=a\\5c2a\\29\\28b,DC=test))"
        + "(member:1.2.840.113556.1.4.1941:=CN=x\\2a\\29\\28cn=\\2a,OU=Staff,DC=test))");
  }

  @Test
  void camundasLikeMatchesAnyTextForPercentAndNothingElseSpecially() {
    assertThat(ActiveDirectoryIdentitySession.likePattern("Molar%").matcher("Molar Bay Dental").matches()).isTrue();
    assertThat(ActiveDirectoryIdentitySession.likePattern("%Bay%").matcher("Molar Bay Dental").matches()).isTrue();
    assertThat(ActiveDirectoryIdentitySession.likePattern("M.lar%").matcher("Molar Bay").matches()).isFalse();
  }
}

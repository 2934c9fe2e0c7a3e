package org.breachresponse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.breachresponse.security.DirectoryStaff.DESK_TOM;
import static org.breachresponse.security.DirectoryStaff.IT_JANE;
import static org.breachresponse.security.DirectoryStaff.ONCALL_OLGA;
import static org.breachresponse.security.DirectoryStaff.PASSWORD;
import static org.breachresponse.security.DirectoryStaff.PRIVACY_PAT;
import static org.breachresponse.security.DirectoryStaff.SALES_SAM;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;
import org.breachresponse.directory.SambaAdDc;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Staff sign in with their Active Directory accounts: an engine with our LDAP identity plugin (as the server
 * builds it with {@code BREACH_IDENTITY_PROVIDER=active-directory}) against the real Samba AD DC, over LDAPS
 * with the DC's CA trusted and its certificate's name checked, searching as the non-admin lookup account.
 */
class DirectoryIdentityIT {

  private static final String HOSTILE_ID = "*)(sAMAccountName=*";
  /** Front desk of the second practice only: in no role group. */
  private static final String DESK_MIA = "desk.mia";
  private static final String MOLAR_BAY_STAFF = "CN=Molar Bay Staff,OU=Groups," + SambaAdDc.BASE_DN;
  private static final String MOLAR_BAY_FRONT = "CN=Molar Bay Front,OU=Groups," + SambaAdDc.BASE_DN;

  private static SambaAdDc dc;
  private static ProcessEngine engine;
  private static IdentityService identity;

  @BeforeAll
  static void signInAgainstTheDomainController() throws LDAPException, SQLException {
    dc = SambaAdDc.fresh();
    DirectoryStaff.seed(dc);
    engine = engine("directory-identity", DirectoryStaff.settings(dc));
    identity = engine.getIdentityService();
    twoPractices();
  }

  /**
   * The first practice (from the environment, no staff group: everyone in a role) and Molar Bay, whose staff
   * group has the group of its front desk as member, and that group {@link #DESK_MIA}.
   */
  private static void twoPractices() throws LDAPException, SQLException {
    try (LDAPConnection connection = dc.connectAsAdministrator()) {
      connection.add(SambaAdDc.userEntry(DESK_MIA));
      connection.add(new Entry(MOLAR_BAY_FRONT, new Attribute("objectClass", "group"),
          new Attribute("sAMAccountName", "Molar Bay Front"), new Attribute("member", DirectoryStaff.staff(DESK_MIA))));
      connection.add(new Entry(MOLAR_BAY_STAFF, new Attribute("objectClass", "group"),
          new Attribute("sAMAccountName", "Molar Bay Staff"), new Attribute("member", MOLAR_BAY_FRONT)));
    }
    try (Connection db = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource()
        .getConnection(); Statement sql = db.createStatement()) {
      sql.execute("create table practice (id varchar(40) primary key, name varchar(200) not null,"
          + " staff_group varchar(500), created_at timestamp not null, created_by varchar(64) not null)");
      sql.execute("insert into practice values ('practice', 'Bright Smiles Dental, PLLC', null, timestamp '2026-01-01 00:00:00', 'environment')");
      sql.execute("insert into practice values ('molar-bay', 'Molar Bay Dental', '" + MOLAR_BAY_STAFF.toLowerCase(Locale.ROOT)
          + "', timestamp '2026-02-01 00:00:00', 'demo')");
    }
  }

  @AfterAll
  static void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void theRightPasswordSignsInAndAWrongOneDoesNot() {
    assertThat(identity.checkPassword(IT_JANE, PASSWORD)).isTrue();
    assertThat(identity.checkPassword(IT_JANE, PASSWORD + "x")).isFalse();
    assertThat(identity.checkPassword(IT_JANE, "")).isFalse();
    assertThat(identity.checkPassword("no.such.person", PASSWORD)).isFalse();
  }

  @Test
  void anAccountNameSpelledOtherwiseThanTheDirectorySpellsItIsNoUser() {
    assertThat(identity.checkPassword("IT.Jane", PASSWORD)).isFalse();
    assertThat(identity.createUserQuery().userId("IT.JANE").list()).isEmpty();
    assertThat(rolesOf("IT.JANE")).isEmpty();
    assertThat(identity.createUserQuery().userId(IT_JANE).singleResult().getId()).isEqualTo(IT_JANE);
  }

  @Test
  void theLookupAccountItselfCannotSignInForItIsNotStaff() {
    assertThat(identity.checkPassword("svc-breach-lookup", DirectoryStaff.LOOKUP_PASSWORD)).isFalse();
  }

  @Test
  void aUsersGroupsAreExactlyTheRolesTheirDirectoryGroupsMapTo() {
    assertThat(rolesOf(IT_JANE)).containsExactly(Roles.IT_RESPONDER);
    assertThat(rolesOf(DESK_TOM)).containsExactly(Roles.FRONT_DESK);
    assertThat(rolesOf(PRIVACY_PAT)).containsExactly(Roles.PRIVACY_OFFICER);
  }

  @Test
  void membershipThroughANestedGroupCounts() {
    assertThat(rolesOf(ONCALL_OLGA)).containsExactly(Roles.IT_RESPONDER);
  }

  @Test
  void aUserOnlyInAnUnmappedGroupHasNoRoleAndThatGroupIsNoCamundaGroup() {
    assertThat(identity.checkPassword(SALES_SAM, PASSWORD)).isTrue();
    assertThat(rolesOf(SALES_SAM)).isEmpty();
    assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
        .containsExactlyInAnyOrderElementsOf(Roles.ALL);
    assertThat(identity.createGroupQuery().groupName("Dental Marketing").list()).isEmpty();
  }

  @Test
  void aRoleIsFoundByItsIdWithTheDirectoryGroupsNameAndItsMembers() {
    Group group = identity.createGroupQuery().groupId(Roles.IT_RESPONDER).singleResult();

    assertThat(group.getName()).isEqualTo("Dental IT");
    assertThat(identity.createUserQuery().memberOfGroup(Roles.IT_RESPONDER).list()).extracting(User::getId)
        .containsExactlyInAnyOrder(IT_JANE, ONCALL_OLGA);
    assertThat(identity.createUserQuery().memberOfGroup(Roles.COMPLIANCE_AUDITOR).list()).isEmpty();
    assertThat(identity.createGroupQuery().groupNameLike("Dental%").list()).extracting(Group::getId)
        .containsExactlyInAnyOrder(Roles.FRONT_DESK, Roles.IT_RESPONDER, Roles.PRIVACY_OFFICER,
            Roles.PRACTICE_OWNER, Roles.COMPLIANCE_AUDITOR);
  }

  @ParameterizedTest
  @ValueSource(strings = {HOSTILE_ID, "a\\,b", "*", "it.jane)(|(cn=*", "it.jane\0", "CN=it.jane,OU=Staff,DC=practice,DC=test"})
  void aHostileUserIdFindsNothingAndSignsNobodyIn(String hostile) {
    assertThat(identity.createUserQuery().userId(hostile).list()).isEmpty();
    assertThat(identity.createUserQuery().userFirstNameLike(hostile).list()).isEmpty();
    assertThat(identity.createUserQuery().userEmail(hostile).list()).isEmpty();
    assertThat(identity.createGroupQuery().groupMember(hostile).list()).isEmpty();
    assertThat(identity.createGroupQuery().groupName(hostile).list()).isEmpty();
    assertThat(identity.createGroupQuery().groupId(hostile).list()).isEmpty();
    assertThat(identity.checkPassword(hostile, PASSWORD)).isFalse();
    assertThat(practicesOf(hostile)).isEmpty();
  }

  @Test
  void aMemberOfAGroupNestedInAPracticesStaffGroupBelongsToThatPracticeOnly() {
    assertThat(identity.checkPassword(DESK_MIA, PASSWORD)).isTrue();
    assertThat(practicesOf(DESK_MIA)).containsExactly("molar-bay");
    assertThat(identity.createTenantQuery().userMember(DESK_MIA).list()).extracting(Tenant::getId)
        .as("staff-group membership is the user's own").containsExactly("molar-bay");
  }

  @Test
  void membersOfTheRoleGroupsBelongToTheFirstPracticeWhileItNamesNoStaffGroup() {
    assertThat(practicesOf(IT_JANE)).containsExactly("practice");
    assertThat(practicesOf(ONCALL_OLGA)).as("through a nested role group").containsExactly("practice");
    assertThat(practicesOf(PRIVACY_PAT)).containsExactly("practice");
    assertThat(identity.createTenantQuery().userMember(IT_JANE).list()).as("only through the role's group").isEmpty();
    assertThat(identity.createTenantQuery().groupMember(Roles.IT_RESPONDER).list()).extracting(Tenant::getId)
        .containsExactly("practice");
  }

  @Test
  void nobodyElseBelongsToAPractice() {
    assertThat(identity.checkPassword(SALES_SAM, PASSWORD)).isTrue();
    assertThat(practicesOf(SALES_SAM)).isEmpty();
    assertThat(practicesOf("no.such.person")).isEmpty();
    assertThat(identity.createTenantQuery().groupMember("Dental Marketing").list()).isEmpty();
  }

  @Test
  void thePracticesAreTenantsByIdNameAndCount() {
    assertThat(identity.createTenantQuery().tenantId("molar-bay").singleResult().getName()).isEqualTo("Molar Bay Dental");
    assertThat(identity.createTenantQuery().tenantNameLike("%Bay%").list()).extracting(Tenant::getId)
        .containsExactly("molar-bay");
    assertThat(identity.createTenantQuery().orderByTenantName().asc().list()).extracting(Tenant::getId)
        .containsExactly("practice", "molar-bay");
    assertThat(identity.createTenantQuery().count()).isEqualTo(2);
    assertThat(identity.createTenantQuery().userMember(DESK_MIA).includingGroupsOfUser(true).count()).isEqualTo(1);
    assertThat(identity.createTenantQuery().tenantId("no-such-practice").list()).isEmpty();
  }

  @Test
  void withTheTenantCheckAPracticesStaffSeeOnlyTheirPracticesWork() {
    for (String practice : List.of("molar-bay", "practice")) {
      engine.getRepositoryService().createDeployment().tenantId(practice).addModelInstance("one-task.bpmn", oneTask())
          .deploy();
      engine.getRuntimeService().createProcessInstanceByKey("oneTask").processDefinitionTenantId(practice).execute();
    }
    TaskService tasks = engine.getTaskService();

    identity.setAuthentication(DESK_MIA, rolesOf(DESK_MIA), practicesOf(DESK_MIA));
    try {
      assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_OneTask").list()).extracting(Task::getTenantId)
          .containsExactly("molar-bay");
    } finally {
      identity.clearAuthentication();
    }
    identity.setAuthentication(SALES_SAM, rolesOf(SALES_SAM), practicesOf(SALES_SAM));
    try {
      assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_OneTask").list()).isEmpty();
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void theItResponderSeesOnlyItResponderWorkAsTheTasklistAsks() {
    engine.getRepositoryService().createDeployment().addModelInstance("two-roles.bpmn", twoRoles()).deploy();
    engine.getRuntimeService().startProcessInstanceByKey("twoRoles");
    TaskService tasks = engine.getTaskService();
    Filter groupTasks = engine.getFilterService().newTaskFilter("My group tasks")
        .setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    engine.getFilterService().saveFilter(groupTasks);
    Authorization mayRead = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    mayRead.setGroupId(Roles.IT_RESPONDER);
    mayRead.setResource(Resources.FILTER);
    mayRead.setResourceId(groupTasks.getId());
    mayRead.addPermission(Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(mayRead);
    List<String> groups = rolesOf(IT_JANE);

    identity.setAuthentication(IT_JANE, groups);
    try {
      assertThat(tasks.createTaskQuery().taskCandidateGroupIn(groups).list()).extracting(Task::getTaskDefinitionKey)
          .containsExactly("Task_ForIt");
      assertThat(engine.getFilterService().<Task>list(groupTasks.getId()))
          .extracting(Task::getTaskDefinitionKey).containsExactly("Task_ForIt");
      assertThat(tasks.createTaskQuery().list()).extracting(Task::getTaskDefinitionKey).containsExactly("Task_ForIt");
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void aCertificateNotNamingTheHostConnectedToIsRefused() {
    ProcessEngine wrongName = engine("directory-wrong-name", DirectoryStaff.settings(dc, "ldaps://localhost:636"));
    try {
      assertThatThrownBy(() -> wrongName.getIdentityService().checkPassword(IT_JANE, PASSWORD))
          .hasRootCauseInstanceOf(CertificateException.class)
          .satisfies(e -> assertThat(causes(e)).anyMatch(SSLHandshakeException.class::isInstance));
    } finally {
      wrongName.close();
    }
  }

  @Test
  void aCertificateNotSignedByTheConfiguredCaIsRefused() throws Exception {
    IdentitySettings good = DirectoryStaff.settings(dc);
    IdentitySettings otherCa = new IdentitySettings(good.provider(), good.url(), good.bindDn(), good.bindPassword(),
        good.baseDn(), good.userSearchBase(), good.groupSearchBase(), someOtherCa(), good.roleGroups());
    ProcessEngine untrusting = engine("directory-other-ca", otherCa);
    try {
      assertThatThrownBy(() -> untrusting.getIdentityService().checkPassword(IT_JANE, PASSWORD))
          .satisfies(e -> assertThat(causes(e)).anyMatch(cause -> cause instanceof SSLHandshakeException
              && cause.getMessage().contains("PKIX path building failed")));
    } finally {
      untrusting.close();
      // the CA is installed JVM-wide for the factory: put the DC's back for the tests that follow
      DirectoryTlsSocketFactory.trust(DirectoryStaff.caFile(dc));
    }
  }

  @Test
  void aDisabledAccountInARoleGroupNeitherSignsInNorHoldsTheRole() throws LDAPException {
    Entry gone = SambaAdDc.userEntry("gone.gary");
    gone.setAttribute("userAccountControl", "514");
    try (LDAPConnection connection = dc.connectAsAdministrator()) {
      connection.add(gone);
      connection.modify(DirectoryStaff.IT_GROUP, new Modification(ModificationType.ADD, "member", gone.getDN()));
    }

    assertThat(identity.checkPassword("gone.gary", PASSWORD)).isFalse();
    assertThat(rolesOf("gone.gary")).isEmpty();
    assertThat(identity.createUserQuery().memberOfGroup(Roles.IT_RESPONDER).list()).extracting(User::getId)
        .doesNotContain("gone.gary");
  }

  /** The first CA the JDK trusts: a real CA, but not the one that signed the DC's certificate. */
  private static Path someOtherCa() throws Exception {
    KeyStore jdk = KeyStore.getInstance(KeyStore.getDefaultType());
    try (InputStream in = Files.newInputStream(Path.of(System.getProperty("java.home"), "lib", "security", "cacerts"))) {
      jdk.load(in, null);
    }
    Certificate ca = jdk.getCertificate(jdk.aliases().nextElement());
    Path pem = Path.of("target", "samba-ad", "other-ca.pem").toAbsolutePath();
    Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(ca.getEncoded())
        + "\n-----END CERTIFICATE-----\n");
    return pem;
  }

  private static List<String> rolesOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  /** As the web apps, the engine REST API and our API ask when someone signs in. */
  private static List<String> practicesOf(String user) {
    return identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
  }

  /** A task both may work (so only the tenant check tells them apart), in each practice. */
  private static BpmnModelInstance oneTask() {
    return Bpmn.createExecutableProcess("oneTask").camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_OneTask").camundaCandidateUsers(DESK_MIA + "," + SALES_SAM).endEvent().done();
  }

  private static List<Throwable> causes(Throwable e) {
    List<Throwable> causes = new ArrayList<>();
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      causes.add(cause);
    }
    return causes;
  }

  private static BpmnModelInstance twoRoles() {
    return Bpmn.createExecutableProcess("twoRoles").camundaHistoryTimeToLive(1)
        .startEvent().parallelGateway("Gateway_Fork")
        .userTask("Task_ForIt").camundaCandidateGroups(Roles.IT_RESPONDER).endEvent()
        .moveToNode("Gateway_Fork")
        .userTask("Task_ForPrivacy").camundaCandidateGroups(Roles.PRIVACY_OFFICER).endEvent()
        .done();
  }

  /** An in-memory engine with authorization on and our identity provider, connecting through loopback. */
  static ProcessEngine engine(String name, IdentitySettings settings) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    configuration.setAuthorizationEnabled(true);
    configuration.setTenantCheckEnabled(true);
    IdentityProviders.install(configuration, settings, false);
    configuration.getProcessEnginePlugins().stream()
        .filter(ActiveDirectoryIdentityPlugin.class::isInstance).map(ActiveDirectoryIdentityPlugin.class::cast)
        .forEach(plugin -> plugin.getContextProperties()
            .put(ActiveDirectoryIdentityPlugin.SOCKET_FACTORY, LoopbackTlsSocketFactory.class.getName()));
    return configuration.buildProcessEngine();
  }
}

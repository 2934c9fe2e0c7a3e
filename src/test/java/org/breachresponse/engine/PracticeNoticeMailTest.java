package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.breachresponse.assessment.InMemoryRiskAssessmentService;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.incident.IncidentReport;
import org.breachresponse.incident.Sign;
import org.breachresponse.notification.NotificationWiring;
import org.breachresponse.notification.notice.NoticeMail;
import org.breachresponse.notification.obligation.AddedNotice;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.notification.obligation.Recipient;
import org.breachresponse.practice.PracticeStaff;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reminder and overdue e-mails go to the privacy officers and owners of the incident's own practice: users of the
 * role groups who are members of the process instance's tenant, directly or through a group that is a member.
 * Two practices share one engine and one identity service; each process instance runs the real delegates with
 * its practice's tenant id.
 */
class PracticeNoticeMailTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().useProcessEngine(TestEngine.get()).build();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final List<String> USERS = List.of("lake-officer", "lake-owner", "lake-desk", "harbor-officer",
      "harbor-owner", "roaming-officer");
  private static final List<String> GROUPS = List.of("privacy-officer", "practice-owner", "front-desk", "lakeside-staff");
  private static final List<String> TENANTS = List.of("lakeside", "harbor");

  private InMemoryIncidentService incidents;
  private NotificationWiring notification;
  private IdentityService identity;
  private final List<String> deployments = new java.util.ArrayList<>();

  @BeforeEach
  void twoPracticesWithTheirStaff() {
    incidents = new InMemoryIncidentService();
    notification = NotificationWiring.register(incidents, new InMemoryRiskAssessmentService(incidents),
        smtp.getSmtp().getPort());
    identity = engine.getIdentityService();
    GROUPS.forEach(group -> identity.saveGroup(identity.newGroup(group)));
    TENANTS.forEach(tenant -> identity.saveTenant(identity.newTenant(tenant)));
    user("lake-officer", "lakeside", "privacy-officer");
    user("lake-owner", "lakeside", "practice-owner", "lakeside-staff");
    user("lake-desk", "lakeside", "front-desk");
    user("harbor-officer", "harbor", "privacy-officer");
    user("harbor-owner", "harbor", "practice-owner");
    user("roaming-officer", "provider", "privacy-officer");
    identity.createTenantUserMembership("lakeside", "lake-officer");
    identity.createTenantUserMembership("lakeside", "lake-desk");
    identity.createTenantGroupMembership("lakeside", "lakeside-staff");
    identity.createTenantUserMembership("harbor", "harbor-officer");
    identity.createTenantUserMembership("harbor", "harbor-owner");
  }

  @AfterEach
  void removeThem() {
    Mocks.reset();
    deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    TENANTS.forEach(identity::deleteTenant);
    USERS.forEach(identity::deleteUser);
    GROUPS.forEach(identity::deleteGroup);
  }

  @Test
  void thePracticesStaffAreItsRoleHoldersWhoAreTenantMembersDirectlyOrThroughAGroup() {
    assertThat(ids(PracticeStaff.inRoles(identity, "lakeside", List.of("privacy-officer", "practice-owner"))))
        .containsExactlyInAnyOrder("lake-officer", "lake-owner");
    assertThat(ids(PracticeStaff.inRoles(identity, "harbor", List.of("privacy-officer", "practice-owner"))))
        .containsExactlyInAnyOrder("harbor-officer", "harbor-owner");
    assertThat(ids(PracticeStaff.inRoles(identity, "harbor", List.of("privacy-officer"))))
        .containsExactly("harbor-officer");
    assertThat(ids(PracticeStaff.inRoles(identity, null, List.of("privacy-officer"))))
        .as("without a practice (engine tests), every holder of the role")
        .containsExactlyInAnyOrder("lake-officer", "harbor-officer", "roaming-officer");
  }

  @Test
  void aPracticeWithoutAnyoneToTellIsAnErrorNamingIt() {
    identity.saveTenant(identity.newTenant("empty"));
    try {
      assertThatThrownBy(() -> NoticeMail.addressesOf(identity, "empty", List.of("privacy-officer")))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("of practice empty");
    } finally {
      identity.deleteTenant("empty");
    }
  }

  @Test
  void remindersAndOverdueNoticesGoOnlyToTheIncidentsOwnPractice() throws MessagingException {
    deploy();
    long lakeside = notice("lakeside");
    long harbor = notice("harbor");

    run("lakeside", "remind", lakeside);
    run("harbor", "overdue", harbor);

    MimeMessage[] mail = smtp.getReceivedMessages();
    assertThat(mail).hasSize(3);
    assertThat(Arrays.stream(mail).filter(m -> subject(m).startsWith("Reminder"))).singleElement()
        .satisfies(m -> assertThat(to(m)).containsExactly("lake-officer@lakeside.test"));
    assertThat(Arrays.stream(mail).filter(m -> subject(m).startsWith("OVERDUE")).flatMap(m -> to(m).stream()))
        .as("one message to both, delivered once per recipient")
        .containsOnly("harbor-officer@harbor.test", "harbor-owner@harbor.test");
    assertThat(notification.audit.entries())
        .anySatisfy(s -> assertThat(s).contains("Reminded [lake-officer@lakeside.test] that"))
        .anySatisfy(s -> assertThat(s).contains("e-mailed [harbor-officer@harbor.test, harbor-owner@harbor.test]"));
  }

  private void user(String id, String domain, String... groups) {
    User user = identity.newUser(id);
    user.setEmail(id + "@" + domain + ".test");
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
  }

  private void deploy() {
    BpmnModelInstance remind = Bpmn.createExecutableProcess("remind").camundaHistoryTimeToLive(1).startEvent()
        .serviceTask().camundaDelegateExpression("${noticeReminderDelegate}").endEvent().done();
    BpmnModelInstance overdue = Bpmn.createExecutableProcess("overdue").camundaHistoryTimeToLive(1).startEvent()
        .serviceTask().camundaDelegateExpression("${emailOverdueNoticeDelegate}").endEvent().done();
    ProcessEngine processEngine = engine.getProcessEngine();
    for (String tenant : TENANTS) {
      Deployment deployed = processEngine.getRepositoryService().createDeployment().tenantId(tenant)
          .addModelInstance("remind.bpmn", remind).addModelInstance("overdue.bpmn", overdue).deploy();
      deployments.add(deployed.getId());
    }
  }

  /** Starts {@code key} as an instance of practice {@code tenant} (its tenant id, as on the server). */
  private void run(String tenant, String key, long obligationId) {
    engine.getRuntimeService().createProcessInstanceByKey(key).processDefinitionTenantId(tenant)
        .setVariables(Map.of(ProcessVariables.OBLIGATION_ID, obligationId, "daysBefore", 3))
        .execute();
  }

  private long notice(String practice) {
    Incident incident = incidents.register(new IncidentReport("front desk", LocalDate.of(2026, 11, 30),
        List.of(Sign.UNUSUAL_NETWORK_ACTIVITY), null, "Ransom note"), "front-desk", practice);
    NotificationObligation obligation = NotificationObligation.added(incident, new AddedNotice(Recipient.HHS, "US",
        "the Secretary of HHS", LocalDate.of(2027, 1, 15), "45 CFR 164.408", true), "officer", Instant.now());
    notification.records.add(obligation);
    return obligation.id();
  }

  private static List<String> ids(List<User> users) {
    return users.stream().map(User::getId).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> to(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Address::toString).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}

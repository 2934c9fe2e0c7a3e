package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.FormInput.prose;
import static org.breachresponse.FormInput.text;
import static org.breachresponse.process.BreachResponseProcess.TASK_APPROVE_CONTAINMENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_ASSESS_RISK;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLEANSE_MACHINE;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLOSE_INCIDENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLOSE_SECURITY_GAPS;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLOSE_TOLL_FREE_LINE;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_END_WEB_POSTING;
import static org.breachresponse.process.BreachResponseProcess.TASK_HANDLE_OVERDUE_NOTIFICATION;
import static org.breachresponse.process.BreachResponseProcess.TASK_HANDLE_OVERDUE_RESPONSE;
import static org.breachresponse.process.BreachResponseProcess.TASK_ISOLATE_MACHINE;
import static org.breachresponse.process.BreachResponseProcess.TASK_ISOLATE_MANUALLY;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_RECORD_EVIDENCE;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESET_MANUALLY;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESET_PASSWORD;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESTORE_DATA_FROM_BACKUPS;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESTORE_MANUALLY;
import static org.breachresponse.process.BreachResponseProcess.TASK_REVIEW_SECURITY_MEASURES;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_SEND_NOTICE;
import static org.breachresponse.process.BreachResponseProcess.TASK_START_SUBSTITUTE_NOTICE;
import static org.breachresponse.process.BreachResponseProcess.TASK_TAKE_DOWN_LEAKED_DATA;
import static org.breachresponse.process.BreachResponseProcess.TASK_VERIFY_MACHINE_CLEAN;
import static org.breachresponse.process.BreachResponseProcess.TASK_WATCH_ENTRY_AND_EXIT_POINTS;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.breachresponse.assessment.InMemoryRiskAssessmentService;
import org.breachresponse.containment.ContainmentWiring;
import org.breachresponse.containment.InMemoryDirectory;
import org.breachresponse.containment.TargetKind;
import org.breachresponse.containment.TargetStatus;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.notification.NotificationWiring;
import org.breachresponse.notification.notice.LawEnforcementDelays;
import org.breachresponse.notification.obligation.LawEnforcementDelay;
import org.breachresponse.notification.obligation.LawEnforcementDelayRequest;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.notification.obligation.ObligationStatus;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.process.IncidentReference;
import org.breachresponse.process.Phase;
import org.breachresponse.review.RecoveryAndReviewWiring;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks incidents through the whole model in the engine, by seeded random choices, and proves that together the
 * walks take every sequence flow of the model: every path a breach can take, with the real listeners, delegates and
 * rules of each phase on in-memory records.
 * <p>
 * A walk answers a random open task as its role would, giving the least its form accepts or the most (every
 * optional field, long text from many scripts within the form's limits), and picks the branch: a false alarm or a
 * confirmed breach; machines the directory knows, does not know, or held back, with or without accounts, the
 * directory down while the batches run (each target is then retried on its own); each risk
 * outcome; each remedy, a machine found not clean once; notices left out with a reason, a law-enforcement delay,
 * substitute notice; leaked data followed up or closed with a reason. Now and then it lets a pending timer fire
 * instead (a response target passed, a reminder, a notice's deadline, the 90 days of a substitute notice), as time
 * would; due jobs run first, as the job executor would run them. An incident discovered 70 days ago has its notices
 * overdue from the start, so they are sent late.
 * <p>
 * Each walk must end with the incident closed (or a false alarm), within a bound of steps, without a Cockpit
 * incident; a failure names its seed and path. Run other seeds with {@code -Dexplorer.engine-seeds=1-500}
 * (docs/benchmarks.md, "journey explorer").
 */
@ExtendWith(ProcessesXmlDeployment.class)
class ProcessPathExplorerTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().useProcessEngine(TestEngine.get()).build();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final String SEEDS = System.getProperty("explorer.engine-seeds", "1-60");
  private static final int MAX_STEPS = 400;
  private static final List<String> MACHINES = List.of("ws-01", "ws-02", "ws-99");
  private static final List<String> ACCOUNTS = List.of("jdoe", "ghost");

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
    NoticeStaff.remove(engine.getIdentityService());
  }

  @Test
  void theSeededWalksTakeEverySequenceFlowOfTheModel() {
    NoticeStaff.add(engine.getIdentityService());
    FlowsTaken.clear();
    Map<String, Integer> endings = new TreeMap<>();
    for (long seed : seeds()) {
      Walk walk = new Walk(seed);
      try {
        endings.merge(walk.run(), 1, Integer::sum);
      } catch (RuntimeException e) {
        throw new AssertionError(walk.where("failed"), e);
      }
    }
    Set<String> notTaken = new TreeSet<>(flowsOfTheModel());
    notTaken.removeAll(FlowsTaken.taken());
    System.out.println("process path explorer: " + endings + "; flows not taken: " + notTaken);
    if (System.getProperty("explorer.engine-seeds") == null) {
      assertThat(notTaken).as("sequence flows of the model no seeded walk took").isEmpty();
    }
  }

  private Set<String> flowsOfTheModel() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(BreachResponseProcess.KEY).latestVersion().singleResult().getId();
    Set<String> flows = new TreeSet<>();
    engine.getRepositoryService().getBpmnModelInstance(definition).getModelElementsByType(SequenceFlow.class)
        .forEach(flow -> flows.add(flow.getId()));
    return flows;
  }

  private static List<Long> seeds() {
    List<Long> seeds = new ArrayList<>();
    for (String part : SEEDS.split(",")) {
      String[] range = part.strip().split("-");
      long first = Long.parseLong(range[0]);
      long last = range.length > 1 ? Long.parseLong(range[1]) : first;
      for (long seed = first; seed <= last; seed++) {
        seeds.add(seed);
      }
    }
    return seeds;
  }

  /** One incident's walk, on records of its own. */
  private final class Walk {

    private final long seed;
    private final Random random;
    private final ProcessEngine processEngine = engine.getProcessEngine();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final InMemoryIncidentService incidents = new InMemoryIncidentService();
    private final NotificationWiring notification;
    private final ContainmentWiring containment;
    private final List<String> path = new ArrayList<>();
    private final Map<String, Integer> verifications = new HashMap<>();
    /** The practice's directory, or null: without one, every target goes to a person. */
    private final InMemoryDirectory directory;
    private boolean outage;
    private ProcessInstance instance;
    private LocalDate discovered;
    private int takedownRounds;
    private boolean delayed;
    private String leakedPlaces = "";

    Walk(long seed) {
      this.seed = seed;
      // Scrambled: java.util.Random's first draws for neighbouring small seeds are alike.
      this.random = new Random(seed * 0x9E3779B97F4A7C15L);
      InMemoryRiskAssessmentService assessments = new InMemoryRiskAssessmentService(incidents);
      IdentifyAndAnalyseWiring.register(incidents, assessments);
      directory = random.nextInt(4) != 0 ? new InMemoryDirectory().withMachines("ws-01", "ws-02").withAccounts("jdoe")
          : null;
      containment = ContainmentWiring.register(incidents, directory);
      notification = NotificationWiring.register(incidents, assessments, smtp.getSmtp().getPort());
      RecoveryAndReviewWiring.register(incidents, notification.records);
    }

    /** Walks the incident to its end; answers how it ended. */
    String run() {
      report();
      for (int step = 0; step < MAX_STEPS; step++) {
        assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
            .as(where("no Cockpit incident")).isZero();
        if (ended()) {
          settled();
          return path.contains("FALSE_ALARM") ? "false alarms" : "closed";
        }
        if (!takeStep()) {
          throw new AssertionError(where("stuck at " + processEngine.getRuntimeService()
              .getActiveActivityIds(instance.getId())));
        }
      }
      throw new AssertionError(where("not ended within " + MAX_STEPS + " steps"));
    }

    /** At the end: the incident closed, every notice sent or left out with a reason, every target settled. */
    private void settled() {
      IncidentReference reference = IncidentReference.of(instance.getBusinessKey());
      assertThat(incidents.get(reference).phase()).as(where("the incident is closed at the end")).isEqualTo(Phase.CLOSED);
      assertThat(notification.notifications.obligations(reference)).as(where("every notice settled at the end"))
          .allSatisfy(notice -> assertThat(notice.status()).isIn(ObligationStatus.SENT, ObligationStatus.NOT_SENT));
      assertThat(containment.ledger.targets(reference)).as(where("every target settled at the end"))
          .allSatisfy(target -> assertThat(target.status()).isIn(target.kind() == TargetKind.MACHINE
              ? List.of(TargetStatus.RESTORED, TargetStatus.RETIRED, TargetStatus.LEFT_AS_IS)
              : List.of(TargetStatus.CONTAINED, TargetStatus.CONTAINED_BY_PERSON, TargetStatus.LEFT_AS_IS)));
    }

    private String where(String what) {
      return "seed " + seed + ": " + what + " after " + String.join(" > ", path);
    }

    private boolean most() {
      return random.nextBoolean();
    }

    private boolean ended() {
      return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
          .count() == 0;
    }

    private void report() {
      as("front-desk");
      boolean most = most();
      int daysAgo = random.nextInt(5) == 0 ? 70 : random.nextInt(3);
      discovered = today.minusDays(daysAgo);
      Map<String, Object> form = new HashMap<>();
      form.put("reportedBy", most ? text(120) : "Maria");
      form.put("discoveryDate", discovered.toString());
      form.put("signModifiedData", true);
      if (most) {
        form.put("signUnusualNetworkActivity", true);
        form.put("signStrangeMessagesToUsers", true);
      }
      form.put("description", most ? text(3000) : "Ransom note on the reception PC");
      instance = processEngine.getRuntimeService().startProcessInstanceByKey(BreachResponseProcess.KEY, form);
      path.add("discovered " + daysAgo + " days ago" + (directory != null ? "" : ", no directory"));
    }

    /** Runs a due job, else answers a task or lets a timer fire; false when nothing is left to do. */
    private boolean takeStep() {
      List<Job> due = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
          .executable().list();
      if (!due.isEmpty()) {
        Job job = due.get(0);
        if (outage && List.of(TASK_ISOLATE_MACHINE, TASK_RESET_PASSWORD).contains(activity(job))) {
          // The batches met the outage; each target left is retried on its own, with the directory back.
          directory.down(false);
          outage = false;
          path.add("directory back");
        }
        processEngine.getManagementService().executeJob(job.getId());
        return true;
      }
      List<Task> open = processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .orderByTaskCreateTime().asc().list();
      List<Job> timers = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
          .timers().orderByJobDuedate().asc().list();
      if (!delayed && open.stream().anyMatch(t -> t.getTaskDefinitionKey().equals(TASK_SEND_NOTICE))
          && random.nextInt(6) == 0) {
        lawEnforcementDelay();
        return true;
      }
      if (!timers.isEmpty() && (open.isEmpty() || random.nextInt(5) == 0)) {
        Job timer = timers.get(random.nextInt(timers.size()));
        path.add("(" + activity(timer) + ")");
        processEngine.getManagementService().executeJob(timer.getId());
        return true;
      }
      if (open.isEmpty()) {
        return false;
      }
      answer(open.get(random.nextInt(open.size())));
      return true;
    }

    private String activity(Job job) {
      return processEngine.getManagementService().createJobDefinitionQuery()
          .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
    }

    private void lawEnforcementDelay() {
      new LawEnforcementDelays(notification.notifications, processEngine.getRuntimeService(),
          processEngine.getIdentityService()).record(IncidentReference.of(instance.getBusinessKey()),
          new LawEnforcementDelayRequest(LawEnforcementDelay.Form.WRITTEN, "Special Agent Dana Cole",
              "FBI Baltimore Field Office", "Notice would impede an open investigation", today, today.plusDays(90)),
          "officer");
      delayed = true;
      path.add("law-enforcement delay");
    }

    private void answer(Task task) {
      String key = task.getTaskDefinitionKey();
      boolean most = most();
      Map<String, Object> form = new LinkedHashMap<>();
      String user = switch (key) {
        case TASK_CONFIRM_BREACH -> {
          boolean falseAlarm = random.nextInt(6) == 0;
          form.put("triageDecision", falseAlarm ? "FALSE_ALARM" : "CONFIRMED");
          form.put("triageReason", prose(most, "confirmBreach", "triageReason", "EDR alert"));
          path.add(falseAlarm ? "FALSE_ALARM" : "confirmed");
          yield "it-responder";
        }
        case TASK_SCOPE_BREACH -> {
          scope(form, most);
          yield "it-responder";
        }
        case TASK_ASSESS_RISK -> {
          assess(form, most);
          yield "officer";
        }
        case TASK_APPROVE_CONTAINMENT -> {
          List<String> heldBack = new ArrayList<>();
          var incident = incidents.get(IncidentReference.of(instance.getBusinessKey()));
          incident.affectedMachines().forEach(m -> {
            if (random.nextInt(5) == 0) {
              heldBack.add(m.hostname() + ": the practice's only X-ray PC, isolated at the desk");
            }
          });
          form.put("holdBack", String.join("\n", heldBack));
          if (directory != null && random.nextInt(3) == 0) {
            directory.down(true);
            outage = true;
            path.add("directory down");
          }
          path.add(heldBack.isEmpty() ? "approved" : "approved, " + heldBack.size() + " held back");
          yield "it-responder";
        }
        case TASK_ISOLATE_MANUALLY, TASK_RESET_MANUALLY, TASK_RESTORE_MANUALLY -> {
          String done = random.nextInt(4) == 0 ? "LEFT_AS_IS" : "DONE";
          form.put("doneByHand", done);
          form.put("personNotes", prose(most, "handleManually", "personNotes", "Done at the desk"));
          path.add(key.replace("Task_", "") + " " + done);
          yield "it-responder";
        }
        case TASK_WATCH_ENTRY_AND_EXIT_POINTS -> {
          if (most) {
            form.put("firewallAndVpnLogsReviewed", true);
            form.put("remoteAccessRevoked", true);
            form.put("backupsDisconnected", true);
            form.put("entryPointNotes", prose(true, "watchEntryAndExitPoints", "entryPointNotes", ""));
          } else {
            form.put("entryPointNotes", "No logs kept; the VPN is closed until a new one is set up");
          }
          yield "it-responder";
        }
        case TASK_RECORD_EVIDENCE -> {
          if (most) {
            form.put("evidenceItems", "Disk image | " + ResponseDriver.SHA + " | Safe in the office");
            form.put("collectedBy", "Sam Lee, IT provider");
            form.put("collectedAt", today + "T09:30Z[UTC]");
          } else {
            form.put("noEvidenceReason", "Machine reimaged by the vendor before anyone kept a copy");
          }
          yield "it-responder";
        }
        case TASK_CLEANSE_MACHINE -> {
          String remedy = List.of("CLEANED", "RE_IMAGED", "REPLACED").get(random.nextInt(3));
          form.put("scanResult", prose(most, "cleanseMachine", "scanResult", "Clean after removal"));
          form.put("remedy", remedy);
          if (most) {
            form.put("attackerTools", prose(true, "cleanseMachine", "attackerTools", ""));
          }
          path.add(remedy);
          yield "it-responder";
        }
        case TASK_VERIFY_MACHINE_CLEAN -> {
          int round = verifications.merge(task.getName(), 1, Integer::sum);
          boolean notClean = round == 1 && random.nextInt(3) == 0;
          form.put("machineClean", notClean ? "NOT_CLEAN" : "CLEAN");
          form.put("verificationNotes", prose(most, "verifyMachineClean", "verificationNotes", "Second scan clean"));
          path.add(notClean ? "NOT_CLEAN" : "clean");
          yield "it-responder-2";
        }
        case TASK_PLAN_NOTIFICATIONS -> {
          plan(form, most);
          yield "officer";
        }
        case TASK_SEND_NOTICE -> {
          form.put("sentOn", today.toString());
          form.put("method", "First-class mail");
          form.put("proof", most ? text(200) : "USPS receipt");
          if (random.nextInt(3) == 0) {
            form.put("withoutUsableContact", 12L);
            path.add("sent, 12 unreachable");
          } else {
            form.put("withoutUsableContact", 0L);
          }
          yield "officer";
        }
        case TASK_HANDLE_OVERDUE_NOTIFICATION -> {
          form.put("ownerAction", prose(most, "overdueNotification", "ownerAction", "Sent it by mail today"));
          yield "owner";
        }
        case TASK_HANDLE_OVERDUE_RESPONSE -> {
          form.put("ownerAction", prose(most, "overdueResponse", "ownerAction", "Called the IT provider"));
          yield "owner";
        }
        case TASK_START_SUBSTITUTE_NOTICE -> {
          form.put("webPosting", most ? "https://smiles.example/notice/" + "a".repeat(400) : "https://smiles.example/n");
          form.put("tollFreeNumber", "1-800-555-0100");
          form.put("startedOn", today.toString());
          yield "officer";
        }
        case TASK_END_WEB_POSTING, TASK_CLOSE_TOLL_FREE_LINE -> {
          // The walk lets the 90 days' timer fire early; the posting or line ends when those days are over.
          form.put("endedOn", today.plusDays(90).toString());
          yield "officer";
        }
        case TASK_RESTORE_DATA_FROM_BACKUPS -> {
          form.put("backupTakenOn", today.minusDays(4).toString());
          form.put("backupLocation", most ? text(500) : "USB disk");
          form.put("integrityCheck", prose(most, "restoreDataFromBackups", "integrityCheck", "Checksums matched"));
          if (most) {
            form.put("notRestored", prose(true, "restoreDataFromBackups", "notRestored", ""));
          }
          yield "it-responder";
        }
        case TASK_TAKE_DOWN_LEAKED_DATA -> {
          takeDown(form, most);
          yield "officer";
        }
        case TASK_CLOSE_SECURITY_GAPS -> {
          form.put("securityGaps", "Remote-support tool left installed | Removed"
              + (most ? "\nNo MFA on the VPN | MFA required for every account" : ""));
          yield "it-responder";
        }
        case TASK_REVIEW_SECURITY_MEASURES -> {
          for (String field : List.of("rootCause", "whatWorked", "whatDidNotWork", "policyChanges", "training")) {
            form.put(field, prose(most, "reviewSecurityMeasures", field, "Written down for the record"));
          }
          form.put("reviewPrivacyOfficer", "officer");
          yield "owner";
        }
        case TASK_CLOSE_INCIDENT -> {
          form.put("closeConfirmed", true);
          yield "owner";
        }
        default -> throw new AssertionError(where("no answer for " + key + " (" + task.getName() + ")"));
      };
      if (!path.get(path.size() - 1).startsWith(key.replace("Task_", ""))) {
        path.add(key.replace("Task_", "") + (most ? "+" : ""));
      }
      as(user);
      processEngine.getTaskService().complete(task.getId(), form);
    }

    private void scope(Map<String, Object> form, boolean most) {
      List<String> machines = new ArrayList<>();
      MACHINES.forEach(m -> {
        if (random.nextBoolean()) {
          machines.add(m);
        }
      });
      if (machines.isEmpty()) {
        machines.add(MACHINES.get(random.nextInt(MACHINES.size())));
      }
      List<String> accounts = ACCOUNTS.stream().filter(a -> random.nextBoolean()).toList();
      boolean encrypted = random.nextInt(4) == 0;
      form.put("affectedMachines", String.join("\n", machines));
      form.put("compromisedAccounts", String.join("\n", accounts));
      form.put("howItHappened", prose(most, "scopeBreach", "howItHappened", "Phishing e-mail"));
      form.put("affectedIndividualsByState", most ? "TX 12\nMD 3\nFL 1" : "TX 1");
      form.put("dataEncryptedKeySafe", encrypted);
      if (most) {
        List.of("dataNames", "dataAddresses", "dataDatesOfBirth", "dataSocialSecurityNumbers", "dataInsuranceIds",
            "dataDiagnosesAndTreatment", "dataDentalImages", "dataPaymentCards").forEach(field -> form.put(field, true));
        form.put("suspects", prose(true, "scopeBreach", "suspects", ""));
      } else if (random.nextBoolean()) {
        form.put("dataNames", true);
      }
      path.add("scoped " + machines + " " + accounts + (encrypted ? " encrypted" : ""));
    }

    private void assess(Map<String, Object> form, boolean most) {
      var incident = incidents.get(IncidentReference.of(instance.getBusinessKey()));
      List<String> outcomes = new ArrayList<>(List.of("NOTIFIABLE_BREACH", "NOTIFIABLE_BREACH",
          "LOW_PROBABILITY_OF_COMPROMISE", "EXCEPTION_APPLIES"));
      if (Boolean.TRUE.equals(incident.encryptedKeySafe())) {
        outcomes.add("PHI_SECURED");
      }
      String outcome = outcomes.get(random.nextInt(outcomes.size()));
      form.put("exceptionApplied", outcome.equals("EXCEPTION_APPLIES")
          ? List.of("UNINTENTIONAL_WORKFORCE_ACCESS", "INADVERTENT_DISCLOSURE_BETWEEN_AUTHORIZED",
              "RECIPIENT_COULD_NOT_RETAIN").get(random.nextInt(3))
          : "NONE");
      String rating = outcome.equals("NOTIFIABLE_BREACH") ? "HIGH" : outcome.startsWith("LOW") ? "LOW" : "MEDIUM";
      for (String factor : List.of("natureOfPhi", "unauthorizedPerson", "acquiredOrViewed", "mitigation")) {
        form.put(factor + "Rating", rating);
        form.put(factor + "Rationale", prose(most, "assessRisk", factor + "Rationale", "As the scope records"));
      }
      form.put("assessmentOutcome", outcome);
      form.put("outcomeJustification", prose(most, "assessRisk", "outcomeJustification", "Records were read"));
      if (most || (outcome.equals("NOTIFIABLE_BREACH") && incident.dataTypes().isEmpty())) {
        form.put("dataSocialSecurityNumbers", true);
      }
      path.add(outcome);
    }

    private void plan(Map<String, Object> form, boolean most) {
      form.put("letterWhatHappened", prose(most, "planNotifications", "letterWhatHappened",
          "Someone reached the front-desk computer."));
      form.put("letterWhatWeAreDoing", prose(most, "planNotifications", "letterWhatWeAreDoing",
          "We changed every password."));
      long legal = notification.notifications.obligations(IncidentReference.of(instance.getBusinessKey())).stream()
          .filter(NotificationObligation::requiredByLaw).count();
      if (legal > 1 && random.nextInt(3) == 0) {
        long left = 1 + random.nextInt((int) legal);
        form.put("legalNoticesNotSent", left + "; the regulator confirmed in writing that no notice is needed");
        path.add("notice " + left + " of " + legal + " left out with a reason");
      }
      if (random.nextInt(4) == 0) {
        form.put("lawEnforcementReport", "IC3_AND_LOCAL_POLICE");
        form.put("lawEnforcementDueDate", today.plusDays(7).toString());
      } else {
        form.put("lawEnforcementReport", "NONE");
      }
      if (most) {
        form.put("breachDate", discovered.minusDays(5).toString());
      }
    }

    private void takeDown(Map<String, Object> form, boolean most) {
      takedownRounds++;
      form.put("leakedDataSearched", prose(most, "takeDownLeakedData", "leakedDataSearched", "Paste sites"));
      String outcome = leakedPlaces.isEmpty()
          ? List.of("NOTHING_FOUND", "ALL_REMOVED", "FOLLOW_UP", "CLOSED_WITH_REASON").get(random.nextInt(4))
          : takedownRounds >= 3 ? "ALL_REMOVED"
          : List.of("ALL_REMOVED", "FOLLOW_UP", "CLOSED_WITH_REASON").get(random.nextInt(3));
      String place = "https://paste.example/abc | a list of appointments | " + today.minusDays(1) + " | " + today;
      switch (outcome) {
        case "ALL_REMOVED" -> leakedPlaces = place + " | REMOVED";
        case "FOLLOW_UP", "CLOSED_WITH_REASON" -> leakedPlaces = place + " | REQUESTED";
        default -> leakedPlaces = "";
      }
      form.put("leakedDataPlaces", leakedPlaces);
      form.put("leakedDataOutcome", outcome);
      if (outcome.equals("CLOSED_WITH_REASON")) {
        form.put("leakedDataClosedReason", prose(most, "takeDownLeakedData", "leakedDataClosedReason",
            "The host does not answer"));
      }
      path.add("leaked data " + outcome);
    }

    private void as(String userId) {
      processEngine.getIdentityService().setAuthenticatedUserId(userId);
    }
  }
}

package org.breachresponse.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.FormInput.prose;
import static org.breachresponse.FormInput.text;
import static org.breachresponse.process.BreachResponseProcess.TASK_APPROVE_CONTAINMENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_ASSESS_RISK;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLEANSE_MACHINE;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLOSE_TOLL_FREE_LINE;
import static org.breachresponse.process.BreachResponseProcess.TASK_END_WEB_POSTING;
import static org.breachresponse.process.BreachResponseProcess.TASK_START_SUBSTITUTE_NOTICE;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLOSE_INCIDENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLOSE_SECURITY_GAPS;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_HANDLE_OVERDUE_NOTIFICATION;
import static org.breachresponse.process.BreachResponseProcess.TASK_ISOLATE_MANUALLY;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_RECORD_EVIDENCE;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESET_MANUALLY;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESTORE_DATA_FROM_BACKUPS;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESTORE_MANUALLY;
import static org.breachresponse.process.BreachResponseProcess.TASK_REVIEW_SECURITY_MEASURES;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_SEND_NOTICE;
import static org.breachresponse.process.BreachResponseProcess.TASK_TAKE_DOWN_LEAKED_DATA;
import static org.breachresponse.process.BreachResponseProcess.TASK_VERIFY_MACHINE_CLEAN;
import static org.breachresponse.process.BreachResponseProcess.TASK_WATCH_ENTRY_AND_EXIT_POINTS;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.FormInput;
import org.breachresponse.InServerTest;
import org.breachresponse.directory.SambaAdDc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks incidents through the process by the paths the model allows, as its users would, and at every wait state
 * reads everything our API offers about the incident as every role.
 * <p>
 * Each walk is chosen by a seed: at every form it answers with the least the form accepts (its required fields only,
 * short text) or the most (every optional field, long text with characters from many scripts, within the form's
 * limits), and where the model branches it picks a branch: a false alarm or a confirmed breach; accounts or none;
 * data types in the scope or only in the risk assessment; each risk outcome; containment against the test's real
 * Samba AD DC (with a machine it does not know, and one held back) or every target held back; each machine cleaned,
 * re-imaged or replaced, found not clean once; a legal notice left out with a reason; an incident discovered 70 days
 * ago, whose notices are sent late; substitute notice for unreachable individuals; leaked data not found, removed,
 * followed up a week later, or closed with a reason. Waits of weeks or months are made due at once.
 * <p>
 * After every step, every read (the incident, its timeline as JSON, CSV and PDF, the HHS worksheet and annual log,
 * the individuals, their letters and one letter, the review report, the audit chain's check and the compliance
 * page's list) is called as the front desk, the IT responder, the privacy officer, the practice owner and the
 * compliance auditor. Each must answer without a 5xx; a refusal is a problem document
 * ({@code application/problem+json}), and one because a step has not recorded something yet is a {@code 409} naming
 * the field and the step; a PDF is a PDF, a CSV is a CSV. A failure names the walk's seed and step; run one walk
 * with {@code -Dexplorer.seeds=N}, more with {@code -Dexplorer.seeds=1-200} (docs/benchmarks.md, "journey explorer").
 */
class JourneyExplorerIT extends InServerTest {

  /** The mail server the test server sends to: escalations and reminders go out through it. */
  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  /** Seeds the test command walks: together they pass every branch named above at least once. */
  private static final String SEEDS = System.getProperty("explorer.seeds", "1-12");
  /** Names the walks add to the domain controller are new in each run, as its database outlives a run. */
  private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(1_000, 10_000));
  private static final List<String> ROLES = List.of("front-desk", "it-responder", "privacy-officer", "practice-owner",
      "compliance-auditor");
  private static final int MAX_STEPS = 60;

  /** The branches the test command's seeds must take between them. */
  private static final List<String> BRANCHES = List.of("false alarm", "confirmed", "least", "most", "accounts",
      "no accounts", "data types in the scope", "data types only in the assessment", "NOTIFIABLE_BREACH",
      "LOW_PROBABILITY_OF_COMPROMISE", "EXCEPTION_APPLIES", "PHI_SECURED", "contained in the directory",
      "unknown to the directory", "held back", "CLEANED", "RE_IMAGED", "REPLACED", "not clean once", "evidence kept",
      "no evidence", "notice left out with a reason", "discovered 70 days ago", "substitute notice",
      "leaked data ALL_REMOVED", "leaked data NOTHING_FOUND", "leaked data FOLLOW_UP",
      "leaked data CLOSED_WITH_REASON", "letters", "notices e-mailed", "law-enforcement delay", "notice overdue", "closed");

  private static final ExecutorService READERS = Executors.newFixedThreadPool(ROLES.size());

  private final Set<String> taken = new TreeSet<>();

  @Test
  void everyWalkReadsEverythingAtEveryStepWithoutAServerError() throws IOException {
    for (long seed : seeds()) {
      new Walk(seed).run();
    }
    System.out.println("journey explorer: branches taken: " + taken);
    if (System.getProperty("explorer.seeds") == null) {
      assertThat(taken).as("the branches the default seeds take").containsAll(BRANCHES);
    }
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

  /** One incident's walk. */
  private final class Walk {

    private final long seed;
    private final Random random;
    private final ApiClient demo = new ApiClient(base, "demo");
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final List<String> machines = new ArrayList<>();
    private final List<String> accounts = new ArrayList<>();
    private final Map<String, Integer> cleanseRounds = new HashMap<>();
    private final List<String> path = new ArrayList<>();
    private final List<String> unknownMachines = new ArrayList<>();
    private String reference;
    private LocalDate discovered;
    private int step;
    private boolean individualsImported;
    private boolean emailed;
    private String leakedPlaces = "";
    private int takedownRounds;

    Walk(long seed) {
      this.seed = seed;
      // Scrambled: java.util.Random's first draws for neighbouring small seeds are alike.
      this.random = new Random(seed * 0x9E3779B97F4A7C15L);
    }

    void run() throws IOException {
      report();
      probe();
      while (true) {
        JsonObject task = nextTask();
        if (task == null) {
          break;
        }
        assertThat(++step).as(where("more steps than any path of the model has")).isLessThanOrEqualTo(MAX_STEPS);
        if (TASK_SEND_NOTICE.equals(task.getString("taskDefinitionKey")) && meanwhile(task)) {
          probe();
          continue;
        }
        answer(task);
        probe();
      }
      System.out.printf("journey explorer: seed %d, %s, %d steps: %s%n", seed, reference, step, String.join(" > ", path));
    }

    private String where(String what) {
      return "seed " + seed + " (" + reference + "), step " + step + " after " + String.join(" > ", path) + ": " + what;
    }

    private boolean most() {
      return random.nextBoolean();
    }

    // ---- reporting and answering

    private void report() {
      boolean most = most();
      boolean late = random.nextInt(5) == 0;
      discovered = today.minusDays(late ? 70 : random.nextInt(3));
      if (late) {
        // Its notices are overdue from the start: their timers fire at once and they are sent late.
        taken.add("discovered 70 days ago");
      }
      JsonObjectBuilder body = Json.createObjectBuilder()
          .add("reportedBy", most ? text(120) : "Maria")
          .add("discoveryDate", discovered.toString())
          .add("description", most ? text(3000) : "Ransom note on the reception PC");
      body.add("signs", most
          ? Json.createArrayBuilder().add("UNUSUAL_NETWORK_ACTIVITY").add("REPEATED_SYSTEM_CRASHES")
              .add("UNEXPECTED_PASSWORD_CHANGES").add("MODIFIED_DATA").add("STRANGE_MESSAGES_TO_USERS")
          : Json.createArrayBuilder().add("MODIFIED_DATA"));
      ApiClient.Response reported = new ApiClient(base, "front-desk").post("api/breach/incidents", body.build().toString());
      assertThat(reported.status()).as("seed %d: report %s", seed, reported.body()).isEqualTo(201);
      reference = reported.json().getString("reference");
      path.add("reported" + (most ? " (most)" : " (least)") + (late ? ", discovered 70 days ago" : ""));
    }

    /** The next open task, or none once the process has ended; waits while the engine's jobs run. */
    private JsonObject nextTask() {
      Instant deadline = Instant.now().plusSeconds(90);
      while (true) {
        List<JsonObject> open = demo.get("engine-rest/task?processInstanceBusinessKey=" + reference
            + "&sortBy=created&sortOrder=asc").structure().asJsonArray().getValuesAs(JsonObject.class);
        if (!open.isEmpty()) {
          return open.get(random.nextInt(open.size()));
        }
        JsonArray running = demo.get("engine-rest/process-instance?businessKey=" + reference).structure().asJsonArray();
        if (running.isEmpty()) {
          return null;
        }
        JsonArray incidents = demo.get("engine-rest/incident?processInstanceId="
            + running.getJsonObject(0).getString("id")).structure().asJsonArray();
        assertThat(incidents).as(where("no Cockpit incident")).isEmpty();
        if (timePasses(running.getJsonObject(0).getString("id"))) {
          continue;
        }
        if (Instant.now().isAfter(deadline)) {
          String processInstance = running.getJsonObject(0).getString("id");
          String jobs = demo.get("engine-rest/job?processInstanceId=" + processInstance).body();
          String waiting = demo.get("engine-rest/execution?processInstanceId=" + processInstance + "&active=true").body();
          throw new AssertionError(where("no task and no end within 90 s; jobs " + jobs + "; executions " + waiting));
        }
        sleep(300);
      }
    }

    /**
     * What may happen while notices are open, once per walk each: law enforcement asks for a delay (the privacy
     * officer records the statement; the HIPAA notices' deadlines move), or a notice's deadline passes (its timer is
     * made due now, as the engine REST API allows an administrator) and the practice owner gets the escalation.
     */
    private boolean meanwhile(JsonObject sendNotice) {
      int draw = random.nextInt(4);
      if (draw == 0 && !path.contains("law-enforcement delay")) {
        ApiClient.Response delay = new ApiClient(base, "privacy-officer").post("api/breach/incidents/" + reference
            + "/law-enforcement-delay", Json.createObjectBuilder().add("form", "WRITTEN")
            .add("official", "Special Agent Dana Cole").add("agency", "FBI Baltimore Field Office")
            .add("statement", "Notice would impede an open investigation").add("statedOn", today.toString())
            .add("until", today.plusDays(90).toString()).build().toString());
        assertThat(delay.status()).as(where("law-enforcement delay: " + delay.body())).isEqualTo(201);
        path.add("law-enforcement delay");
        taken.add("law-enforcement delay");
        return true;
      }
      if (draw == 1 && !path.contains("deadline passed")) {
        JsonArray timers = demo.get("engine-rest/job?processInstanceId=" + sendNotice.getString("processInstanceId")
            + "&activityId=Timer_NoticeOverdue").structure().asJsonArray();
        if (timers.isEmpty()) {
          return false;
        }
        ApiClient.Response moved = demo.put("engine-rest/job/" + timers.getJsonObject(0).getString("id") + "/duedate",
            "application/json", EngineTasks.jobDueDate(Instant.now().minusSeconds(1)));
        assertThat(moved.status()).as(where("deadline made due: " + moved.body())).isEqualTo(204);
        awaitTask(TASK_HANDLE_OVERDUE_NOTIFICATION);
        path.add("deadline passed");
        taken.add("notice overdue");
        return true;
      }
      return false;
    }

    /**
     * Lets the time pass that the process waits for with no task open (the 90 days of a substitute notice, the week
     * until leaked data is looked for again): the timer is made due now, as the engine REST API allows an
     * administrator. False when the process waits for no such timer.
     */
    private boolean timePasses(String processInstance) {
      if (!demo.get("engine-rest/job?processInstanceId=" + processInstance + "&executable=true").structure()
          .asJsonArray().isEmpty()) {
        return false;
      }
      for (String timer : List.of("Timer_WebPostingKept", "Timer_TollFreeLineKept", "Timer_LeakedDataFollowUp")) {
        JsonArray waiting = demo.get("engine-rest/job?processInstanceId=" + processInstance + "&activityId=" + timer)
            .structure().asJsonArray();
        if (!waiting.isEmpty()) {
          ApiClient.Response moved = demo.put("engine-rest/job/" + waiting.getJsonObject(0).getString("id")
              + "/duedate", "application/json", EngineTasks.jobDueDate(Instant.now().minusSeconds(1)));
          assertThat(moved.status()).as(where(timer + " made due: " + moved.body())).isEqualTo(204);
          path.add("(" + timer + ")");
          return true;
        }
      }
      return false;
    }

    private void awaitTask(String key) {
      Instant deadline = Instant.now().plusSeconds(60);
      while (demo.get("engine-rest/task/count?processInstanceBusinessKey=" + reference + "&taskDefinitionKey=" + key)
          .json().getInt("count") == 0) {
        assertThat(Instant.now()).as(where("a " + key + " within 60 s")).isBefore(deadline);
        sleep(300);
      }
    }

    private void answer(JsonObject task) {
      String key = task.getString("taskDefinitionKey");
      boolean most = most();
      taken.add(most ? "most" : "least");
      path.add(key.replace("Task_", "") + (most ? "+" : ""));
      Map<String, Object> values = new LinkedHashMap<>();
      String user = switch (key) {
        case TASK_CONFIRM_BREACH -> {
          boolean falseAlarm = random.nextInt(5) == 0;
          values.put("triageDecision", falseAlarm ? "FALSE_ALARM" : "CONFIRMED");
          taken.add(falseAlarm ? "false alarm" : "confirmed");
          values.put("triageReason", prose(most, "confirmBreach", "triageReason", "EDR alert"));
          yield "it-responder";
        }
        case TASK_SCOPE_BREACH -> {
          scope(values, most);
          yield "it-responder";
        }
        case TASK_ASSESS_RISK -> {
          assess(values, most);
          yield "privacy-officer";
        }
        case TASK_APPROVE_CONTAINMENT -> {
          values.put("holdBack", approveContainment());
          yield "it-responder";
        }
        case TASK_ISOLATE_MANUALLY, TASK_RESET_MANUALLY, TASK_RESTORE_MANUALLY -> {
          values.put("doneByHand", "DONE");
          values.put("personNotes", prose(most, "handleManually", "personNotes", "Done at the desk"));
          yield "it-responder";
        }
        case TASK_WATCH_ENTRY_AND_EXIT_POINTS -> {
          if (most) {
            values.put("firewallAndVpnLogsReviewed", true);
            values.put("remoteAccessRevoked", true);
            values.put("backupsDisconnected", true);
            values.put("entryPointNotes", prose(true, "watchEntryAndExitPoints", "entryPointNotes", ""));
          } else {
            // Nothing ticked: the form then needs the reason.
            values.put("entryPointNotes", "No logs kept; the VPN is closed until a new one is set up");
          }
          yield "it-responder";
        }
        case TASK_RECORD_EVIDENCE -> {
          if (most) {
            values.put("evidenceItems", "Disk image | 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                + " | Safe in the office\nMemory dump | 60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752 | Safe");
            values.put("collectedBy", "Sam Lee, IT provider");
            values.put("collectedAt", today + "T09:30Z[UTC]");
            taken.add("evidence kept");
          } else {
            taken.add("no evidence");
            values.put("noEvidenceReason", "Machine reimaged by the vendor before anyone kept a copy");
          }
          yield "it-responder";
        }
        case TASK_CLEANSE_MACHINE -> {
          values.put("scanResult", prose(most, "cleanseMachine", "scanResult", "Clean after removal"));
          String remedy = List.of("CLEANED", "RE_IMAGED", "REPLACED").get(random.nextInt(3));
          values.put("remedy", remedy);
          taken.add(remedy);
          if (most) {
            values.put("attackerTools", prose(true, "cleanseMachine", "attackerTools", ""));
          }
          yield "it-responder";
        }
        case TASK_VERIFY_MACHINE_CLEAN -> {
          String machine = task.getString("name");
          int rounds = cleanseRounds.merge(machine, 1, Integer::sum);
          boolean notClean = rounds == 1 && random.nextInt(3) == 0;
          values.put("machineClean", notClean ? "NOT_CLEAN" : "CLEAN");
          if (notClean) {
            taken.add("not clean once");
          }
          values.put("verificationNotes", prose(most, "verifyMachineClean", "verificationNotes", "Second scan clean"));
          yield "it-responder-2";
        }
        case TASK_RESTORE_DATA_FROM_BACKUPS -> {
          values.put("backupTakenOn", today.minusDays(4).toString());
          values.put("backupLocation", most ? text(200) : "USB disk");
          values.put("integrityCheck", prose(most, "restoreDataFromBackups", "integrityCheck", "Checksums matched"));
          if (most) {
            values.put("notRestored", prose(true, "restoreDataFromBackups", "notRestored", ""));
          }
          yield "it-responder";
        }
        case TASK_TAKE_DOWN_LEAKED_DATA -> {
          takeDown(values, most);
          yield "privacy-officer";
        }
        case TASK_CLOSE_SECURITY_GAPS -> {
          values.put("securityGaps", "Remote-support tool left installed | Removed"
              + (most ? "\nNo MFA on the VPN | MFA required for every account" : ""));
          yield "it-responder";
        }
        case TASK_PLAN_NOTIFICATIONS -> {
          values.put("letterWhatHappened", prose(most, "planNotifications", "letterWhatHappened",
              "Someone reached the front-desk computer."));
          values.put("letterWhatWeAreDoing", prose(most, "planNotifications", "letterWhatWeAreDoing",
              "We changed every password."));
          values.put("lawEnforcementReport", "NONE");
          if (most) {
            values.put("breachDate", discovered.minusDays(5).toString());
          }
          leaveOutANotice(values);
          importIndividuals(most);
          yield "privacy-officer";
        }
        case TASK_SEND_NOTICE -> {
          emailNotices();
          values.put("sentOn", today.toString());
          values.put("method", "First-class mail");
          values.put("proof", most ? text(200) : "USPS receipt");
          if (random.nextInt(3) == 0) {
            // Ten or more individuals without usable contact: the individuals' notice needs substitute notice.
            values.put("withoutUsableContact", 12L);
            path.add("12 unreachable");
          } else if (most) {
            values.put("withoutUsableContact", 0L);
          }
          yield "privacy-officer";
        }
        case TASK_START_SUBSTITUTE_NOTICE -> {
          values.put("webPosting", most ? "https://smiles.example/notice/" + "a".repeat(400) : "https://smiles.example/n");
          values.put("tollFreeNumber", "1-800-555-0100");
          values.put("startedOn", today.toString());
          taken.add("substitute notice");
          yield "privacy-officer";
        }
        case TASK_END_WEB_POSTING, TASK_CLOSE_TOLL_FREE_LINE -> {
          // The walk lets the 90 days' timer fire early; the posting or line ends when those days are over.
          values.put("endedOn", today.plusDays(90).toString());
          yield "privacy-officer";
        }
        case TASK_HANDLE_OVERDUE_NOTIFICATION -> {
          values.put("ownerAction", prose(most, "overdueNotification", "ownerAction", "Sent it by mail today"));
          yield "practice-owner";
        }
        case TASK_REVIEW_SECURITY_MEASURES -> {
          for (String field : List.of("rootCause", "whatWorked", "whatDidNotWork", "policyChanges", "training")) {
            values.put(field, prose(most, "reviewSecurityMeasures", field, "Written down for the record"));
          }
          values.put("reviewPrivacyOfficer", "privacy-officer");
          yield "practice-owner";
        }
        case TASK_CLOSE_INCIDENT -> {
          values.put("closeConfirmed", true);
          taken.add("closed");
          yield "practice-owner";
        }
        default -> throw new AssertionError(where("no answer for " + key + " (" + task.getString("name") + ")"));
      };
      submit(user, task.getString("id"), values);
    }

    private void scope(Map<String, Object> values, boolean most) {
      int machineCount = most ? 2 : 1;
      for (int i = 1; i <= machineCount; i++) {
        machines.add("w" + RUN + "-" + seed + "-pc" + i);
      }
      if (most) {
        // A machine no directory knows: it goes to a person when containment runs against the directory.
        machines.add("w" + RUN + "-" + seed + "-gone");
        unknownMachines.add(machines.get(machines.size() - 1));
        accounts.add("w" + RUN + "." + seed + ".desk");
      }
      taken.add(accounts.isEmpty() ? "no accounts" : "accounts");
      values.put("affectedMachines", String.join("\n", machines));
      values.put("compromisedAccounts", String.join("\n", accounts));
      values.put("howItHappened", prose(most, "scopeBreach", "howItHappened", "Phishing e-mail"));
      values.put("affectedIndividualsByState", most ? "TX 12\nMD 3\nFL 1" : "TX 1");
      if (most) {
        List.of("dataNames", "dataAddresses", "dataDatesOfBirth", "dataSocialSecurityNumbers", "dataInsuranceIds",
            "dataDiagnosesAndTreatment", "dataDentalImages", "dataPaymentCards").forEach(field -> values.put(field, true));
        values.put("suspects", prose(true, "scopeBreach", "suspects", ""));
      } else if (random.nextBoolean()) {
        values.put("dataNames", true);
      }
      values.put("dataEncryptedKeySafe", random.nextInt(3) == 0);
      taken.add(values.containsKey("dataNames") ? "data types in the scope" : "no data types in the scope");
    }

    private void assess(Map<String, Object> values, boolean most) {
      JsonObject scope = demo.get("api/breach/incidents/" + reference).json().getJsonObject("scope");
      List<String> outcomes = new ArrayList<>(List.of("NOTIFIABLE_BREACH", "NOTIFIABLE_BREACH", "NOTIFIABLE_BREACH",
          "LOW_PROBABILITY_OF_COMPROMISE", "EXCEPTION_APPLIES"));
      if (scope.getBoolean("encryptedKeySafe", false)) {
        outcomes.add("PHI_SECURED");
      }
      String outcome = outcomes.get(random.nextInt(outcomes.size()));
      boolean notifiable = outcome.equals("NOTIFIABLE_BREACH");
      values.put("exceptionApplied", outcome.equals("EXCEPTION_APPLIES") ? "RECIPIENT_COULD_NOT_RETAIN" : "NONE");
      String rating = notifiable ? "HIGH" : outcome.startsWith("LOW") ? "LOW" : "MEDIUM";
      for (String factor : List.of("natureOfPhi", "unauthorizedPerson", "acquiredOrViewed", "mitigation")) {
        values.put(factor + "Rating", rating);
        values.put(factor + "Rationale", prose(most, "assessRisk", factor + "Rationale", "As the scope records"));
      }
      values.put("assessmentOutcome", outcome);
      values.put("outcomeJustification", prose(most, "assessRisk", "outcomeJustification", "Records were read"));
      JsonArray named = scope.getJsonArray("dataTypes");
      if (most || (notifiable && named.isEmpty())) {
        values.put("dataSocialSecurityNumbers", true);
      }
      taken.add(outcome);
      path.add(outcome);
      if (named.isEmpty() && values.containsKey("dataSocialSecurityNumbers")) {
        taken.add("data types only in the assessment");
      }
    }

    /**
     * Containment against the practice's real directory (the test's Samba AD DC), where the walk's machines and
     * accounts are added first, or with every target held back so people act by hand. Against the directory, one
     * target may be held back, and a machine the directory does not know goes to a person.
     */
    private String approveContainment() {
      List<String> held = new ArrayList<>();
      if (random.nextInt(3) == 0) {
        machines.forEach(m -> held.add(m + ": the practice has no directory access today"));
        accounts.forEach(a -> held.add(a + ": the practice has no directory access today"));
        taken.add("held back");
        path.add("all held back");
        return String.join("\n", held);
      }
      SambaAdDc dc = SambaAdDc.shared();
      machines.stream().filter(m -> !unknownMachines.contains(m))
          .forEach(m -> dc.addComputer(m.toUpperCase(Locale.ROOT), SambaAdDc.WORKSTATION));
      accounts.forEach(dc::addUser);
      taken.add("contained in the directory");
      if (!unknownMachines.isEmpty()) {
        taken.add("unknown to the directory");
      }
      if (machines.size() > 1 && random.nextBoolean()) {
        held.add(machines.get(0) + ": the X-ray PC; isolated at the desk instead");
        taken.add("held back");
      }
      path.add("contained in the directory" + (held.isEmpty() ? "" : ", one held back"));
      return String.join("\n", held);
    }

    /** Now and then, one legal notice of the plan left out, with the reason. */
    private void leaveOutANotice(Map<String, Object> values) {
      long legal = demo.get("api/breach/incidents/" + reference).json().getJsonObject("notifications")
          .getJsonArray("notices").getValuesAs(JsonObject.class).stream()
          .filter(notice -> notice.getBoolean("requiredByLaw")).count();
      if (legal > 1 && random.nextInt(2) == 0) {
        values.put("legalNoticesNotSent", legal + "; the state regulator confirmed in writing that no notice is needed");
        taken.add("notice left out with a reason");
        path.add("notice " + legal + " left out");
      }
    }

    /** Leaked data: nothing found, all removed, a site still to remove it (followed up a week later), or closed. */
    private void takeDown(Map<String, Object> values, boolean most) {
      takedownRounds++;
      values.put("leakedDataSearched", prose(most, "takeDownLeakedData", "leakedDataSearched", "Paste sites"));
      String outcome = leakedPlaces.isEmpty()
          ? List.of("NOTHING_FOUND", "ALL_REMOVED", "FOLLOW_UP", "CLOSED_WITH_REASON").get(random.nextInt(4))
          : takedownRounds >= 3 ? "ALL_REMOVED" : List.of("ALL_REMOVED", "CLOSED_WITH_REASON").get(random.nextInt(2));
      String place = "https://paste.example/abc | a list of appointments | " + today.minusDays(1) + " | " + today;
      leakedPlaces = switch (outcome) {
        case "ALL_REMOVED" -> place + " | REMOVED";
        case "FOLLOW_UP", "CLOSED_WITH_REASON" -> place + " | REQUESTED";
        default -> "";
      };
      values.put("leakedDataPlaces", leakedPlaces);
      values.put("leakedDataOutcome", outcome);
      if (outcome.equals("CLOSED_WITH_REASON")) {
        values.put("leakedDataClosedReason", prose(most, "takeDownLeakedData", "leakedDataClosedReason",
            "The host does not answer takedown requests"));
      }
      taken.add("leaked data " + outcome);
      path.add("leaked data " + outcome);
    }

    /**
     * Once per walk, the individuals who agreed to e-mail get their notice by e-mail through the server's mail
     * server (GreenMail here): answered with what was sent, or refused as a problem document, never a 5xx.
     */
    private void emailNotices() {
      if (emailed || !individualsImported) {
        return;
      }
      emailed = true;
      ApiClient.Response sent = new ApiClient(base, "privacy-officer")
          .post("api/breach/incidents/" + reference + "/individuals/email-notices", "");
      check("privacy-officer", "POST email-notices", sent);
      if (sent.status() == 200) {
        taken.add("notices e-mailed");
        path.add("e-mailed " + sent.json().getInt("sent"));
      }
    }

    /** The affected individuals, so that letters can be made: one, or a few with and without contact details. */
    private void importIndividuals(boolean most) {
      if (individualsImported) {
        return;
      }
      String csv = most
          ? "name,postal_address,state,email,email_consent\n\"" + text(80).replace("\"", "") + "\",\"12 Oak Lane\nAustin, TX"
              + " 78701\",TX,,no\nNguyễn Văn An,\"5 Bay Rd\nBaltimore, MD 21201\",MD,an.nguyen@patients.test,yes\nPat O'Brien,,FL,,\n"
          : "name,postal_address,state\nAna Ruiz,\"1 Elm St\nAustin, TX 78701\",TX\n";
      ApiClient.Response imported = new ApiClient(base, "privacy-officer")
          .put("api/breach/incidents/" + reference + "/individuals", "text/csv", csv);
      assertThat(imported.status()).as(where("import individuals: " + imported.body())).isEqualTo(200);
      individualsImported = true;
    }

    private void submit(String user, String taskId, Map<String, Object> values) {
      ApiClient client = new ApiClient(base, user);
      ApiClient.Response claimed = EngineTasks.sentAgainOnConflict(
          () -> client.post("engine-rest/task/" + taskId + "/claim", "{\"userId\": \"" + user + "\"}"));
      assertThat(claimed.status()).as(where("claim as " + user + ": " + claimed.body())).isEqualTo(204);
      JsonObjectBuilder variables = Json.createObjectBuilder();
      values.forEach((name, value) -> {
        JsonObjectBuilder variable = Json.createObjectBuilder();
        if (value instanceof Boolean flag) {
          variable.add("value", flag);
        } else if (value instanceof Long number) {
          variable.add("value", number).add("type", "Long");
        } else {
          variable.add("value", value.toString());
        }
        variables.add(name, variable);
      });
      String body = Json.createObjectBuilder().add("variables", variables).build().toString();
      ApiClient.Response submitted = EngineTasks.sentAgainOnConflict(
          () -> client.post("engine-rest/task/" + taskId + "/submit-form", body));
      assertThat(submitted.status()).as(where("submit as " + user + " " + values.keySet() + ": " + submitted.body()))
          .isEqualTo(204);
    }

    // ---- reading everything

    private void probe() {
      String incident = "api/breach/incidents/" + reference;
      List<String> jsonReads = new ArrayList<>(List.of(incident, incident + "/timeline", incident + "/hhs-worksheet",
          "api/breach/hhs-annual-log?year=" + today.getYear(), incident + "/individuals", "api/breach/audit/verify",
          "api/breach/audit/incidents"));
      List<String> pdfReads = new ArrayList<>(List.of(incident + "/timeline.pdf", incident + "/individuals/letters.pdf",
          incident + "/review-report.pdf"));
      JsonObject individuals = new ApiClient(base, "privacy-officer").get(incident + "/individuals").json();
      individuals.getJsonArray("individuals").getValuesAs(JsonObject.class).stream().limit(1)
          .forEach(one -> pdfReads.add(incident + "/individuals/" + one.getJsonNumber("id").longValue() + "/letter.pdf"));
      // The roles read at once, as the practice's staff would: each role's reads in a thread of its own.
      List<Future<Boolean>> reads = ROLES.stream().map(role -> READERS.submit(() -> readAll(role, jsonReads, pdfReads)))
          .toList();
      for (Future<Boolean> read : reads) {
        try {
          if (read.get()) {
            taken.add("letters");
          }
        } catch (ExecutionException e) {
          throw e.getCause() instanceof AssertionError failure ? failure : new AssertionError(where("read"), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(where("interrupted"), e);
        }
      }
    }

    /** Everything the role may read of the incident, checked; true when it was given a letter. */
    private boolean readAll(String role, List<String> jsonReads, List<String> pdfReads) {
      String incident = "api/breach/incidents/" + reference;
      boolean letters = false;
      ApiClient client = new ApiClient(base, role);
      for (String read : jsonReads) {
        check(role, read, client.get(read));
      }
      ApiClient.Response csv = client.get(incident + "/timeline.csv", "text/csv");
      check(role, incident + "/timeline.csv", csv);
      if (csv.status() == 200) {
        assertThat(csv.contentType()).as(where(role + " timeline.csv")).startsWith("text/csv");
      }
      for (String read : pdfReads) {
        ApiClient.Download pdf = client.download(read);
        check(role, read, new ApiClient.Response(pdf.status(), pdf.contentType(), null,
            pdf.status() == 200 ? "" : new String(pdf.body(), StandardCharsets.UTF_8)));
        letters |= pdf.status() == 200 && read.contains("letter");
        if (pdf.status() == 200) {
          assertThat(pdf.contentType()).as(where(role + " " + read)).startsWith("application/pdf");
          assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).as(where(role + " " + read))
              .isEqualTo("%PDF-");
        }
      }
      return letters;
    }

    private void check(String role, String read, ApiClient.Response response) {
      String what = where(role + " GET " + read + " answered " + response.status() + " " + response.body());
      assertThat(response.status()).as(what).isLessThan(500);
      if (response.status() >= 400) {
        assertThat(response.contentType()).as(what).startsWith("application/problem+json");
      }
      if (response.status() == 409) {
        JsonObject problem = response.json();
        assertThat(problem.getJsonArray("errors")).as(what).isNotEmpty();
        assertThat(problem.getString("detail")).as(what).isNotBlank();
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package org.breachresponse.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.FormInput.text;
import static org.breachresponse.process.BreachResponseProcess.TASK_APPROVE_CONTAINMENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_HANDLE_OVERDUE_NOTIFICATION;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_SEND_NOTICE;

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
import java.util.Comparator;
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
import org.breachresponse.InServerTest;
import org.breachresponse.JourneyAnswers;
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

  /** Seeds the test command walks: together they pass every branch named above at least once (18: a false alarm). */
  private static final String SEEDS = System.getProperty("explorer.seeds", "1-12,18");
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

  private static final Map<JourneyAnswers.Role, String> USERS = Map.of(JourneyAnswers.Role.IT_RESPONDER,
      "it-responder", JourneyAnswers.Role.SECOND_IT_RESPONDER, "it-responder-2", JourneyAnswers.Role.PRIVACY_OFFICER,
      "privacy-officer", JourneyAnswers.Role.PRACTICE_OWNER, "practice-owner");
  private static final ExecutorService READERS = Executors.newFixedThreadPool(ROLES.size());

  private final Set<String> taken = new TreeSet<>();

  @Test
  void everyWalkReadsEverythingAtEveryStepWithoutAServerError() throws IOException {
    for (long seed : JourneyAnswers.seeds(SEEDS)) {
      new Walk(seed).run();
    }
    System.out.println("journey explorer: branches taken: " + taken);
    if (System.getProperty("explorer.seeds") == null) {
      assertThat(taken).as("the branches the default seeds take").containsAll(BRANCHES);
    }
  }

  /** One incident's walk. */
  private final class Walk {

    private final long seed;
    private final Random random;
    private final ApiClient demo = new ApiClient(base, "demo");
    private final JourneyAnswers answers;
    private final LocalDate today;
    private final LocalDate discovered;
    private final List<String> machines = new ArrayList<>();
    private final List<String> accounts = new ArrayList<>();
    private final List<String> unknownMachines = new ArrayList<>();
    private String reference;
    private int step;
    private boolean individualsImported;
    private boolean emailed;

    Walk(long seed) {
      this.seed = seed;
      answers = JourneyAnswers.forSeed(seed, "privacy-officer");
      random = answers.random();
      today = answers.today();
      discovered = answers.discovered();
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
      taken.addAll(answers.taken());
      System.out.printf("journey explorer: seed %d, %s, %d steps: %s%n", seed, reference, step,
          String.join(" > ", answers.path()));
    }

    private String where(String what) {
      return "seed " + seed + " (" + reference + "), step " + step + " after " + String.join(" > ", answers.path())
          + ": " + what;
    }

    // ---- reporting and answering

    private void report() {
      boolean most = answers.most();
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
      answers.note("reported" + (most ? "+" : ""), false);
      if (discovered.isBefore(today.minusDays(60))) {
        answers.note("discovered 70 days ago", true);
      }
    }

    /**
     * The next open task, or none once the process has ended; waits while the engine's jobs run. The walk picks
     * only once the incident's due jobs have all run, and from the open tasks in a fixed order (by step, then name),
     * so that a seed walks the same path whatever the job executor's timing.
     */
    private JsonObject nextTask() {
      Instant deadline = Instant.now().plusSeconds(90);
      while (true) {
        JsonArray running = demo.get("engine-rest/process-instance?businessKey=" + reference).structure().asJsonArray();
        if (running.isEmpty()) {
          return null;
        }
        String processInstance = running.getJsonObject(0).getString("id");
        boolean settled = demo.get("engine-rest/job/count?executable=true&processInstanceId=" + processInstance)
            .json().getInt("count") == 0;
        List<JsonObject> open = demo.get("engine-rest/task?processInstanceBusinessKey=" + reference).structure()
            .asJsonArray().getValuesAs(JsonObject.class).stream()
            .sorted(Comparator.comparing((JsonObject t) -> t.getString("taskDefinitionKey"))
                .thenComparing(t -> t.getString("name")))
            .toList();
        if (settled && !open.isEmpty()) {
          return open.get(random.nextInt(open.size()));
        }
        if (!settled) {
          assertThat(Instant.now()).as(where("the incident's jobs done within 90 s")).isBefore(deadline);
          sleep(300);
          continue;
        }
        JsonArray incidents = demo.get("engine-rest/incident?processInstanceId=" + processInstance).structure()
            .asJsonArray();
        assertThat(incidents).as(where("no Cockpit incident")).isEmpty();
        if (timePasses(processInstance)) {
          continue;
        }
        if (Instant.now().isAfter(deadline)) {
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
      if (draw == 0 && !answers.taken().contains("law-enforcement delay")) {
        ApiClient.Response delay = new ApiClient(base, "privacy-officer").post("api/breach/incidents/" + reference
            + "/law-enforcement-delay", Json.createObjectBuilder().add("form", "WRITTEN")
            .add("official", "Special Agent Dana Cole").add("agency", "FBI Baltimore Field Office")
            .add("statement", "Notice would impede an open investigation").add("statedOn", today.toString())
            .add("until", today.plusDays(90).toString()).build().toString());
        assertThat(delay.status()).as(where("law-enforcement delay: " + delay.body())).isEqualTo(201);
        answers.note("law-enforcement delay", true);
        return true;
      }
      if (draw == 1 && !answers.taken().contains("notice overdue")) {
        JsonArray timers = demo.get("engine-rest/job?processInstanceId=" + sendNotice.getString("processInstanceId")
            + "&activityId=Timer_NoticeOverdue").structure().asJsonArray();
        if (timers.isEmpty()) {
          return false;
        }
        ApiClient.Response moved = demo.put("engine-rest/job/" + timers.getJsonObject(0).getString("id") + "/duedate",
            "application/json", EngineTasks.jobDueDate(Instant.now().minusSeconds(1)));
        assertThat(moved.status()).as(where("deadline made due: " + moved.body())).isEqualTo(204);
        awaitTask(TASK_HANDLE_OVERDUE_NOTIFICATION);
        answers.note("notice overdue", true);
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
          answers.note("(" + timer + ")", false);
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
      boolean most = answers.most();
      Map<String, Object> values;
      String user;
      if (key.equals(TASK_SCOPE_BREACH)) {
        values = scope(most);
        user = "it-responder";
      } else if (key.equals(TASK_APPROVE_CONTAINMENT)) {
        values = Map.of("holdBack", approveContainment());
        user = "it-responder";
      } else {
        if (key.equals(TASK_SEND_NOTICE)) {
          emailNotices();
        }
        JourneyAnswers.Answer answer = answers.answer(key, task.getString("name"), most, facts());
        values = answer.values();
        user = USERS.get(answer.role());
        if (key.equals(TASK_PLAN_NOTIFICATIONS)) {
          importIndividuals(most);
        }
      }
      submit(user, task.getString("id"), values);
    }

    /** The walk's machines and accounts; with the most, also a machine no directory knows. */
    private Map<String, Object> scope(boolean most) {
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
      return answers.scope(most, machines, accounts);
    }

    private JourneyAnswers.Facts facts() {
      return new JourneyAnswers.Facts() {
        @Override
        public boolean encryptedKeySafe() {
          return incident().getJsonObject("scope").getBoolean("encryptedKeySafe", false);
        }

        @Override
        public boolean dataTypesNamed() {
          return !incident().getJsonObject("scope").getJsonArray("dataTypes").isEmpty();
        }

        @Override
        public long legalNotices() {
          return incident().getJsonObject("notifications").getJsonArray("notices").getValuesAs(JsonObject.class)
              .stream().filter(notice -> notice.getBoolean("requiredByLaw")).count();
        }
      };
    }

    private JsonObject incident() {
      return demo.get("api/breach/incidents/" + reference).json();
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
        answers.note("held back", true);
        return String.join("\n", held);
      }
      SambaAdDc dc = SambaAdDc.shared();
      machines.stream().filter(m -> !unknownMachines.contains(m))
          .forEach(m -> dc.addComputer(m.toUpperCase(Locale.ROOT), SambaAdDc.WORKSTATION));
      accounts.forEach(dc::addUser);
      answers.note("contained in the directory", true);
      if (!unknownMachines.isEmpty()) {
        answers.note("unknown to the directory", true);
      }
      if (machines.size() > 1 && random.nextBoolean()) {
        held.add(machines.get(0) + ": the X-ray PC; isolated at the desk instead");
        answers.note("held back", true);
      }
      return String.join("\n", held);
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
        answers.note("notices e-mailed", true);
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

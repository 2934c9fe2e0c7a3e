package org.breachresponse;

import static org.breachresponse.FormInput.prose;
import static org.breachresponse.FormInput.text;
import static org.breachresponse.process.BreachResponseProcess.TASK_ASSESS_RISK;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLEANSE_MACHINE;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLOSE_INCIDENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLOSE_SECURITY_GAPS;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLOSE_TOLL_FREE_LINE;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_END_WEB_POSTING;
import static org.breachresponse.process.BreachResponseProcess.TASK_HANDLE_OVERDUE_NOTIFICATION;
import static org.breachresponse.process.BreachResponseProcess.TASK_HANDLE_OVERDUE_RESPONSE;
import static org.breachresponse.process.BreachResponseProcess.TASK_ISOLATE_MANUALLY;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_RECORD_EVIDENCE;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESET_MANUALLY;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESTORE_DATA_FROM_BACKUPS;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESTORE_MANUALLY;
import static org.breachresponse.process.BreachResponseProcess.TASK_REVIEW_SECURITY_MEASURES;
import static org.breachresponse.process.BreachResponseProcess.TASK_SEND_NOTICE;
import static org.breachresponse.process.BreachResponseProcess.TASK_START_SUBSTITUTE_NOTICE;
import static org.breachresponse.process.BreachResponseProcess.TASK_TAKE_DOWN_LEAKED_DATA;
import static org.breachresponse.process.BreachResponseProcess.TASK_VERIFY_MACHINE_CLEAN;
import static org.breachresponse.process.BreachResponseProcess.TASK_WATCH_ENTRY_AND_EXIT_POINTS;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the journey explorers answer the model's forms, one walk at a time: the least each form accepts or the most
 * ({@link FormInput}), and at each branch of the model a seeded choice. It keeps the walk's path (for a failure's
 * message) and the branches it took (for the explorers' checks that their seeds take them all).
 * <p>
 * The scope and the containment approval depend on where the walk runs (which directory knows which machine), so
 * the explorers answer those themselves, with {@link #scope} for the scope's form.
 */
public final class JourneyAnswers {

  /** Who answers a task: each explorer has its users for these. */
  public enum Role { IT_RESPONDER, SECOND_IT_RESPONDER, PRIVACY_OFFICER, PRACTICE_OWNER }

  /** A form's answer and the role that gives it. */
  public record Answer(Role role, Map<String, Object> values) {
  }

  /** What an answer depends on that only the walk's incident knows. */
  public interface Facts {

    /** The scope found the data encrypted with a key that is safe. */
    boolean encryptedKeySafe();

    /** The scope named at least one type of information. */
    boolean dataTypesNamed();

    /** How many legal notices the plan numbers. */
    long legalNotices();
  }

  private static final List<String> DATA_TYPES = List.of("dataNames", "dataAddresses", "dataDatesOfBirth",
      "dataSocialSecurityNumbers", "dataInsuranceIds", "dataDiagnosesAndTreatment", "dataDentalImages",
      "dataPaymentCards");

  private final Random random;
  private final LocalDate today;
  private final LocalDate discovered;
  private final String privacyOfficer;
  private final List<String> path = new ArrayList<>();
  private final Set<String> taken = new TreeSet<>();
  private final Map<String, Integer> verifications = new HashMap<>();
  private String leakedPlaces = "";
  private int takedownRounds;

  private JourneyAnswers(Random random, LocalDate today, LocalDate discovered, String privacyOfficer) {
    this.random = random;
    this.today = today;
    this.discovered = discovered;
    this.privacyOfficer = privacyOfficer;
  }

  /**
   * The answers of the walk the seed chooses; one walk in five is discovered 70 days ago, so its notices are overdue
   * from the start and sent late. {@code privacyOfficer}: the user the review names as the practice's privacy officer.
   */
  public static JourneyAnswers forSeed(long seed, String privacyOfficer) {
    // Scrambled: java.util.Random's first draws for neighbouring small seeds are alike.
    Random random = new Random(seed * 0x9E3779B97F4A7C15L);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return new JourneyAnswers(random, today, today.minusDays(random.nextInt(5) == 0 ? 70 : random.nextInt(3)),
        privacyOfficer);
  }

  /** The seeds a system property names: ranges and lists, {@code 1-200} or {@code 3,17,40-45}. */
  public static List<Long> seeds(String spec) {
    List<Long> seeds = new ArrayList<>();
    for (String part : spec.split(",")) {
      String[] range = part.strip().split("-");
      long first = Long.parseLong(range[0]);
      long last = range.length > 1 ? Long.parseLong(range[1]) : first;
      for (long seed = first; seed <= last; seed++) {
        seeds.add(seed);
      }
    }
    return seeds;
  }

  /** The walk's other choices draw from the same seeded source. */
  public Random random() {
    return random;
  }

  public LocalDate today() {
    return today;
  }

  public LocalDate discovered() {
    return discovered;
  }

  /** The walk so far, step by step. */
  public List<String> path() {
    return path;
  }

  /** The branches the walk took. */
  public Set<String> taken() {
    return taken;
  }

  /** Notes a step of the walk; {@code branch}: it is also one of the branches the explorers count. */
  public void note(String step, boolean branch) {
    path.add(step);
    if (branch) {
      taken.add(step);
    }
  }

  public boolean most() {
    boolean most = random.nextBoolean();
    taken.add(most ? "most" : "least");
    return most;
  }

  /** The answer to every task but the scope and the containment approval. */
  public Answer answer(String key, String taskName, boolean most, Facts facts) {
    path.add(key.replace("Task_", "") + (most ? "+" : ""));
    Map<String, Object> values = new LinkedHashMap<>();
    Role role = switch (key) {
      case TASK_CONFIRM_BREACH -> {
        boolean falseAlarm = random.nextInt(5) == 0;
        values.put("triageDecision", falseAlarm ? "FALSE_ALARM" : "CONFIRMED");
        values.put("triageReason", prose(most, "confirmBreach", "triageReason", "EDR alert"));
        note(falseAlarm ? "false alarm" : "confirmed", true);
        yield Role.IT_RESPONDER;
      }
      case TASK_ASSESS_RISK -> {
        assess(values, most, facts);
        yield Role.PRIVACY_OFFICER;
      }
      case TASK_ISOLATE_MANUALLY, TASK_RESET_MANUALLY, TASK_RESTORE_MANUALLY -> {
        String done = random.nextInt(4) == 0 ? "LEFT_AS_IS" : "DONE";
        values.put("doneByHand", done);
        values.put("personNotes", prose(most, "handleManually", "personNotes", "Done at the desk"));
        note("by hand: " + done, true);
        yield Role.IT_RESPONDER;
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
        yield Role.IT_RESPONDER;
      }
      case TASK_RECORD_EVIDENCE -> {
        if (most) {
          values.put("evidenceItems", "Disk image | 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
              + " | Safe in the office\nMemory dump | 60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752 | Safe");
          values.put("collectedBy", "Sam Lee, IT provider");
          values.put("collectedAt", today + "T09:30Z[UTC]");
          note("evidence kept", true);
        } else {
          values.put("noEvidenceReason", "Machine reimaged by the vendor before anyone kept a copy");
          note("no evidence", true);
        }
        yield Role.IT_RESPONDER;
      }
      case TASK_CLEANSE_MACHINE -> {
        String remedy = List.of("CLEANED", "RE_IMAGED", "REPLACED").get(random.nextInt(3));
        values.put("scanResult", prose(most, "cleanseMachine", "scanResult", "Clean after removal"));
        values.put("remedy", remedy);
        if (most) {
          values.put("attackerTools", prose(true, "cleanseMachine", "attackerTools", ""));
        }
        note(remedy, true);
        yield Role.IT_RESPONDER;
      }
      case TASK_VERIFY_MACHINE_CLEAN -> {
        int round = verifications.merge(taskName, 1, Integer::sum);
        boolean notClean = round == 1 && random.nextInt(3) == 0;
        values.put("machineClean", notClean ? "NOT_CLEAN" : "CLEAN");
        values.put("verificationNotes", prose(most, "verifyMachineClean", "verificationNotes", "Second scan clean"));
        if (notClean) {
          note("not clean once", true);
        }
        yield Role.SECOND_IT_RESPONDER;
      }
      case TASK_PLAN_NOTIFICATIONS -> {
        plan(values, most, facts);
        yield Role.PRIVACY_OFFICER;
      }
      case TASK_SEND_NOTICE -> {
        values.put("sentOn", today.toString());
        values.put("method", "First-class mail");
        values.put("proof", most ? text(200) : "USPS receipt");
        if (random.nextInt(3) == 0) {
          // Ten or more individuals without usable contact: the individuals' notice needs substitute notice.
          values.put("withoutUsableContact", 12L);
          note("12 unreachable", false);
        } else {
          values.put("withoutUsableContact", 0L);
        }
        yield Role.PRIVACY_OFFICER;
      }
      case TASK_START_SUBSTITUTE_NOTICE -> {
        values.put("webPosting", most ? "https://smiles.example/notice/" + "a".repeat(400) : "https://smiles.example/n");
        values.put("tollFreeNumber", "1-800-555-0100");
        values.put("startedOn", today.toString());
        note("substitute notice", true);
        yield Role.PRIVACY_OFFICER;
      }
      case TASK_END_WEB_POSTING, TASK_CLOSE_TOLL_FREE_LINE -> {
        // The walk lets the 90 days' timer fire early; the posting or line ends when those days are over.
        values.put("endedOn", today.plusDays(90).toString());
        yield Role.PRIVACY_OFFICER;
      }
      case TASK_HANDLE_OVERDUE_NOTIFICATION -> {
        values.put("ownerAction", prose(most, "overdueNotification", "ownerAction", "Sent it by mail today"));
        yield Role.PRACTICE_OWNER;
      }
      case TASK_HANDLE_OVERDUE_RESPONSE -> {
        values.put("ownerAction", prose(most, "overdueResponse", "ownerAction", "Called the IT provider"));
        note("late step escalated", true);
        yield Role.PRACTICE_OWNER;
      }
      case TASK_RESTORE_DATA_FROM_BACKUPS -> {
        values.put("backupTakenOn", today.minusDays(4).toString());
        values.put("backupLocation", most ? text(500) : "USB disk");
        values.put("integrityCheck", prose(most, "restoreDataFromBackups", "integrityCheck", "Checksums matched"));
        if (most) {
          values.put("notRestored", prose(true, "restoreDataFromBackups", "notRestored", ""));
        }
        yield Role.IT_RESPONDER;
      }
      case TASK_TAKE_DOWN_LEAKED_DATA -> {
        takeDown(values, most);
        yield Role.PRIVACY_OFFICER;
      }
      case TASK_CLOSE_SECURITY_GAPS -> {
        values.put("securityGaps", "Remote-support tool left installed | Removed"
            + (most ? "\nNo MFA on the VPN | MFA required for every account" : ""));
        yield Role.IT_RESPONDER;
      }
      case TASK_REVIEW_SECURITY_MEASURES -> {
        for (String field : List.of("rootCause", "whatWorked", "whatDidNotWork", "policyChanges", "training")) {
          values.put(field, prose(most, "reviewSecurityMeasures", field, "Written down for the record"));
        }
        values.put("reviewPrivacyOfficer", privacyOfficer);
        yield Role.PRACTICE_OWNER;
      }
      case TASK_CLOSE_INCIDENT -> {
        values.put("closeConfirmed", true);
        note("closed", true);
        yield Role.PRACTICE_OWNER;
      }
      default -> throw new AssertionError("no answer for " + key + " (" + taskName + "): teach JourneyAnswers the task");
    };
    return new Answer(role, values);
  }

  /** The scope's form for these machines and accounts: with or without data types, encrypted or not. */
  public Map<String, Object> scope(boolean most, List<String> machines, List<String> accounts) {
    path.add("ScopeBreach" + (most ? "+" : ""));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("affectedMachines", String.join("\n", machines));
    values.put("compromisedAccounts", String.join("\n", accounts));
    values.put("howItHappened", prose(most, "scopeBreach", "howItHappened", "Phishing e-mail"));
    values.put("affectedIndividualsByState", most ? "TX 12\nMD 3\nFL 1" : "TX 1");
    if (most) {
      DATA_TYPES.forEach(field -> values.put(field, true));
      values.put("suspects", prose(true, "scopeBreach", "suspects", ""));
    } else if (random.nextBoolean()) {
      values.put("dataNames", true);
    }
    boolean encrypted = random.nextInt(3) == 0;
    values.put("dataEncryptedKeySafe", encrypted);
    note(accounts.isEmpty() ? "no accounts" : "accounts", true);
    note(values.containsKey("dataNames") ? "data types in the scope" : "no data types in the scope", true);
    if (encrypted) {
      note("encrypted", false);
    }
    return values;
  }

  private void assess(Map<String, Object> values, boolean most, Facts facts) {
    List<String> outcomes = new ArrayList<>(List.of("NOTIFIABLE_BREACH", "NOTIFIABLE_BREACH", "NOTIFIABLE_BREACH",
        "LOW_PROBABILITY_OF_COMPROMISE", "EXCEPTION_APPLIES"));
    if (facts.encryptedKeySafe()) {
      outcomes.add("PHI_SECURED");
    }
    String outcome = outcomes.get(random.nextInt(outcomes.size()));
    boolean notifiable = outcome.equals("NOTIFIABLE_BREACH");
    values.put("exceptionApplied", outcome.equals("EXCEPTION_APPLIES")
        ? List.of("UNINTENTIONAL_WORKFORCE_ACCESS", "INADVERTENT_DISCLOSURE_BETWEEN_AUTHORIZED",
            "RECIPIENT_COULD_NOT_RETAIN").get(random.nextInt(3))
        : "NONE");
    String rating = notifiable ? "HIGH" : outcome.startsWith("LOW") ? "LOW" : "MEDIUM";
    for (String factor : List.of("natureOfPhi", "unauthorizedPerson", "acquiredOrViewed", "mitigation")) {
      values.put(factor + "Rating", rating);
      values.put(factor + "Rationale", prose(most, "assessRisk", factor + "Rationale", "As the scope records"));
    }
    values.put("assessmentOutcome", outcome);
    values.put("outcomeJustification", prose(most, "assessRisk", "outcomeJustification", "Records were read"));
    if (most || (notifiable && !facts.dataTypesNamed())) {
      values.put("dataSocialSecurityNumbers", true);
    }
    note(outcome, true);
    if (!facts.dataTypesNamed() && values.containsKey("dataSocialSecurityNumbers")) {
      note("data types only in the assessment", true);
    }
  }

  private void plan(Map<String, Object> values, boolean most, Facts facts) {
    values.put("letterWhatHappened", prose(most, "planNotifications", "letterWhatHappened",
        "Someone reached the front-desk computer."));
    values.put("letterWhatWeAreDoing", prose(most, "planNotifications", "letterWhatWeAreDoing",
        "We changed every password."));
    long legal = facts.legalNotices();
    if (legal > 1 && random.nextInt(2) == 0) {
      long left = 1 + random.nextInt((int) legal);
      values.put("legalNoticesNotSent", left + "; the state regulator confirmed in writing that no notice is needed");
      note("notice left out with a reason", true);
    }
    if (random.nextInt(4) == 0) {
      values.put("lawEnforcementReport", "IC3_AND_LOCAL_POLICE");
      values.put("lawEnforcementDueDate", today.plusDays(7).toString());
      note("crime reported", false);
    } else {
      values.put("lawEnforcementReport", "NONE");
    }
    if (most) {
      values.put("breachDate", discovered.minusDays(5).toString());
    }
  }

  /** Leaked data: nothing found, all removed, a site still to remove it (followed up a week later), or closed. */
  private void takeDown(Map<String, Object> values, boolean most) {
    takedownRounds++;
    values.put("leakedDataSearched", prose(most, "takeDownLeakedData", "leakedDataSearched", "Paste sites"));
    String outcome = leakedPlaces.isEmpty()
        ? List.of("NOTHING_FOUND", "ALL_REMOVED", "FOLLOW_UP", "CLOSED_WITH_REASON").get(random.nextInt(4))
        : takedownRounds >= 3 ? "ALL_REMOVED"
        : List.of("ALL_REMOVED", "FOLLOW_UP", "CLOSED_WITH_REASON").get(random.nextInt(3));
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
    note("leaked data " + outcome, true);
  }
}

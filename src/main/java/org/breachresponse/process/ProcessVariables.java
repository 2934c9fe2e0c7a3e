package org.breachresponse.process;

import java.util.Set;

/**
 * The only process variables that stay in the engine and its history. Everything else a form submits
 * is moved into our own tables by the step's listener and removed; {@code engine.KeptVariablesHistoryLevel}
 * keeps it out of the history tables, so no patient or incident detail outlives the transaction there.
 */
public final class ProcessVariables {

  /** The incident's reference, also the process business key, e.g. {@code BR-2026-0001}. */
  public static final String INCIDENT_REFERENCE = "incidentReference";
  /**
   * The practice a new incident is reported for: a start variable only (our API and the start form set it);
   * the instance's tenant id holds it from then on ({@code engine.PracticeTenantIds}).
   */
  public static final String PRACTICE = "practice";
  /** The practice's name, for the Tasklist's task cards; kept, since it names no patient. */
  public static final String PRACTICE_NAME = "practiceName";
  /** Triage outcome, read by {@code Gateway_IsBreachConfirmed}. */
  public static final String BREACH_CONFIRMED = "breachConfirmed";
  /** Risk-assessment outcome: true when individuals must be notified. */
  public static final String IS_NOTIFIABLE = "isNotifiable";

  /** The machine one instance of a per-machine subprocess works on (its multi-instance element variable). */
  public static final String MACHINE = "machine";
  /** The account one instance of {@code SubProcess_ResetAccount} resets (its multi-instance element variable). */
  public static final String ACCOUNT = "account";
  /** The batch of machines one instance of {@code SubProcess_IsolateMachines} isolates (its element variable). */
  public static final String MACHINE_BATCH = "machineBatch";
  /** The batch of accounts one instance of {@code SubProcess_ResetAccounts} resets (its element variable). */
  public static final String ACCOUNT_BATCH = "accountBatch";
  /** The notice one instance of {@code SubProcess_Notify} sends (its multi-instance element variable). */
  public static final String OBLIGATION_ID = "obligationId";

  /**
   * The channel one job of an alert step delivers on: {@code email} or an alert channel's id (the multi-instance
   * element variable of {@code Task_AlertResponders} and {@code Task_ResolveAlert}).
   */
  public static final String ALERT_CHANNEL = "alertChannel";

  /**
   * The early step that passed its response-time target (e.g. {@code confirmBreach}): the escalation code that
   * {@code SubProcess_EscalateLateStep} is entered with, and a local variable of each of its instances.
   */
  public static final String LATE_STEP = "lateStep";

  /** What stays in the history; the element variables above live only while their subprocess runs. */
  public static final Set<String> KEPT = Set.of(INCIDENT_REFERENCE, PRACTICE_NAME, BREACH_CONFIRMED, IS_NOTIFIABLE);

  private ProcessVariables() {
  }
}

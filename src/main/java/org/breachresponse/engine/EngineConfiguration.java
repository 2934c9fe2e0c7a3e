package org.breachresponse.engine;

import jakarta.transaction.TransactionManager;
import java.util.List;
import org.breachresponse.process.ApplicationSettings;
import org.breachresponse.process.JobLock;
import org.breachresponse.security.TaskRoles;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.CdiJtaProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * How our one engine is configured: on WildFly's transaction manager and the JTA datasource, so engine
 * state and our JPA writes commit or roll back together (docs/adr/0001-embedded-engine-on-jta.md).
 */
public final class EngineConfiguration {

  public static final String ENGINE_NAME = "default";
  public static final String DATASOURCE = "java:jboss/datasources/BreachResponseDS";
  static final String IDENTITY_PATTERN = "[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*";
  /** How long the job executor waits between looks for due jobs when it found none, and at most. */
  static final int IDLE_WAIT_MILLIS = 500;
  static final int MAX_IDLE_WAIT_MILLIS = 1000;

  private EngineConfiguration() {
  }

  public static ProcessEngineConfigurationImpl create(ApplicationSettings settings, TransactionManager transactionManager) {
    CdiJtaProcessEngineConfiguration configuration = new CdiJtaProcessEngineConfiguration();
    configuration.setProcessEngineName(ENGINE_NAME);
    configuration.setDataSourceJndiName(DATASOURCE);
    configuration.setTransactionManager(transactionManager);
    configuration.setTransactionsExternallyManaged(true);
    // The engine's tables come from our versioned migration (EngineSchema), never from the engine itself.
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    configuration.setAuthorizationEnabled(true);
    // Task rights by role on the process definition, no authorization row per task (docs/adr/0015).
    TaskRoles.applyTo(configuration);
    if (!settings.development()) {
      LoginThrottling.fromSystemProperties().applyTo(configuration);
    }
    // Not at the engine's build: EngineLifecycle starts the job executor (if BREACH_ENGINE_JOB_EXECUTOR allows)
    // once this node's start-up work is done and the jobs its earlier run had locked are released.
    configuration.setJobExecutorActivate(false);
    configuration.setJobExecutor(jobExecutor(settings.jobThreads(), settings.nodeName()));
    // The job log's HOSTNAME_ and the metrics' reporter name the node (docs/adr/0014-cluster-of-nodes.md).
    configuration.setHostname(settings.nodeName());
    // Every node runs the same WAR with the same models: any node may run any job, so a job waits for no
    // particular node; and a node need not have deployed the model version a job belongs to.
    configuration.setJobExecutorDeploymentAware(false);
    // Soonest due first; asynchronous steps get "now" as due date, so they queue in order with the timers
    // instead of sorting before or after them (databases order NULLs differently).
    configuration.setJobExecutorAcquireByDueDate(true);
    configuration.setEnsureJobDueDateNotNull(true);
    configuration.setIdGenerator(new StrongUuidGenerator());
    // A job that fails and will be tried again (a webhook or mail server down for a minute, an alert's recipients
    // not set up yet) is a WARN of the job executor (ENGINE-14002/14006) at each attempt and, after the last, an
    // incident in Cockpit. The command context would log the same failure again as an ERROR (ENGINE-16004), which
    // makes a retried delivery read like a server fault; failed requests are logged by the REST and API error
    // handlers instead.
    configuration.setEnableCmdExceptionLogging(false);
    // Running totals of this node's jobs for GET /metrics, beside Camunda's own meters.
    configuration.setMetricsRegistry(new JobMeters());
    // History cleanup runs at night and removes only what has outlived its time to live (see applyRules).
    configuration.setHistoryCleanupBatchWindowStartTime("01:00");
    configuration.setHistoryCleanupBatchWindowEndTime("05:00");
    // Every practice is a tenant; its staff see only its incidents (docs/adr/0013-practices-are-tenants.md).
    configuration.setTenantCheckEnabled(true);
    configuration.setTenantIdProvider(new PracticeTenantIds());
    applyRules(configuration);
    return configuration;
  }

  /**
   * A fixed pool: Camunda's default (3 threads, growing only once a queue of 3 is full) would run a
   * containment fan-out of hundreds of isolations three at a time. Acquiring twice the threads keeps the
   * pool busy while the next batch is locked (docs/benchmarks.md).
   * <p>
   * Timers: the engine is not woken when a timer's time comes; it looks for due jobs. Camunda's default
   * backs off while it finds none, up to a minute between looks, so a notice's escalation could fire a
   * minute late. Here it looks at least every {@value #MAX_IDLE_WAIT_MILLIS} ms, soonest due first
   * (the notification-timers benchmark, docs/benchmarks.md).
   * <p>
   * Cluster: the lock owner is the node's name and a lock lasts {@link JobLock#TIME} (30 s), so a dead
   * node's jobs run elsewhere within about 35 s. Each outside call a job makes times out within it (an LDAP
   * operation or an EDR request after 10 s); a job that still outlives its lock may run a second time on another
   * node, where containment skips each step it recorded, a notice's e-mail is claimed once, and the slower run's
   * commit fails on the job's revision (docs/adr/0014-cluster-of-nodes.md).
   */
  private static DefaultJobExecutor jobExecutor(int threads, String nodeName) {
    DefaultJobExecutor executor = new DefaultJobExecutor();
    // The node's name instead of a random id: a restarted node knows the jobs its earlier life locked.
    executor.setLockOwner(nodeName);
    executor.setLockTimeInMillis((int) JobLock.TIME.toMillis());
    executor.setCorePoolSize(threads);
    executor.setMaxPoolSize(threads);
    executor.setQueueSize(threads * 2);
    executor.setMaxJobsPerAcquisition(threads * 2);
    executor.setWaitTimeInMillis(IDLE_WAIT_MILLIS);
    executor.setMaxWait(MAX_IDLE_WAIT_MILLIS);
    return executor;
  }

  /** What every engine running our models must do, in the server and in the engine tests alike. */
  public static void applyRules(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomHistoryLevels(List.of(new KeptVariablesHistoryLevel()));
    configuration.setHistory(KeptVariablesHistoryLevel.NAME);
    // HIPAA documentation is kept six years (45 CFR 164.530(j)(2)):
    // every model must say how long its history lives.
    configuration.setEnforceHistoryTimeToLive(true);
    // History is removed only by its time to live, counted from the end of the incident's process (its last
    // day in effect), in a night-time window; nothing of an incident goes before its six years.
    configuration.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
    configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
    // Role names are kebab-case (it-responder) and staff ids often dotted (maria.lopez); Camunda's
    // default pattern allows letters and digits only.
    configuration.setGeneralResourceWhitelistPattern(IDENTITY_PATTERN);
    // A refused service account or a missing quarantine OU is an incident now, not after five minutes.
    configuration.setFailedJobCommandFactory(new FailedJobs());
  }
}

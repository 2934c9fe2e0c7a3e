package org.breachresponse.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionManager;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.breachresponse.audit.AuditChainStart;
import org.breachresponse.process.ApplicationSettings;
import org.breachresponse.process.EngineStarted;
import org.breachresponse.security.IdentityProviders;
import org.breachresponse.security.IdentitySettings;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.cdi.impl.util.BeanManagerLookup;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Starts the application on deployment, in order: our schema, the audit chain over entries written
 * before it existed, the first practice with the incidents recorded before practices existed, the engine, the process application, the upgrade of running incidents onto the
 * model it deployed ({@link RunningIncidentsUpgrade}), then whatever observes {@link EngineStarted}. Undeployment closes them in reverse; deployed models
 * and running incidents stay in the database.
 * <p>
 * In a cluster of nodes on one PostgreSQL database, a node does all this while it holds the start-up lock
 * ({@link StartupLock}), releases the jobs its earlier run had locked ({@link OwnJobLocks}), and starts its job
 * executor last (docs/adr/0014-cluster-of-nodes.md).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EngineLifecycle {

  private static final Logger LOG = Logger.getLogger(EngineLifecycle.class.getName());

  @Resource(lookup = "java:jboss/TransactionManager")
  private TransactionManager transactionManager;

  @Resource(lookup = EngineConfiguration.DATASOURCE)
  private DataSource dataSource;

  @PersistenceUnit(unitName = "breach-response")
  private EntityManagerFactory entityManagerFactory;

  @Inject
  private BeanManager beanManager;

  @Inject
  private Event<EngineStarted> engineStarted;

  @Inject
  private AuditChainStart auditChainStart;

  @Inject
  private FirstPractice firstPractice;

  private ProcessEngine engine;
  private BreachResponseProcessApplication processApplication;

  @PostConstruct
  void start() {
    ApplicationSettings settings = ApplicationSettings.fromSystemProperties();
    ProcessEngineConfigurationImpl configuration;
    H2SingleNode.check(dataSource);
    // Nodes starting at once on one database do this one after the other (docs/adr/0014-cluster-of-nodes.md).
    try (StartupLock lock = StartupLock.acquire(dataSource, settings.nodeName())) {
      configuration = startUp(settings);
    }
    // Only now: the jobs this node's earlier run had locked are free, the models deployed, running incidents
    // upgraded.
    if (settings.jobExecutor()) {
      configuration.getJobExecutor().start();
    }
    LOG.info(() -> "Breach Response started in " + (settings.development() ? "development" : "production")
        + " mode on node '" + settings.nodeName() + "'" + (settings.jobExecutor() ? "" : " without running jobs"));
  }

  private ProcessEngineConfigurationImpl startUp(ApplicationSettings settings) {
    DatabaseMigration.migrate(dataSource, entityManagerFactory);
    long sealed = auditChainStart.sealEarlierEntries();
    if (sealed > 0) {
      LOG.info(() -> sealed + " audit entries written before the audit chain were sealed into it");
    }
    firstPractice.createIfNone();
    PracticeOfEarlierIncidents.assign(dataSource);
    // Delegate expressions are resolved through CDI on job-executor threads too, where JNDI has no
    // java:comp to look the bean manager up in.
    BeanManagerLookup.localInstance = beanManager;
    ProcessEngineConfigurationImpl configuration = EngineConfiguration.create(settings, transactionManager);
    IdentityProviders.install(configuration, IdentitySettings.fromSystemProperties(), settings.development());
    engine = configuration.buildProcessEngine();
    RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(engine);
    OwnJobLocks.release(dataSource, settings.nodeName());
    processApplication = new BreachResponseProcessApplication();
    processApplication.deploy();
    // Outside a transaction (NOT_SUPPORTED): each incident's migration commits on its own.
    new RunningIncidentsUpgrade(engine, RunningIncidentsUpgrade.steps()).run();
    engineStarted.fire(new EngineStarted(engine, settings));
    return configuration;
  }

  @PreDestroy
  void stop() {
    if (processApplication != null) {
      processApplication.undeploy();
    }
    if (engine != null) {
      RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(engine);
      engine.close();
    }
  }
}

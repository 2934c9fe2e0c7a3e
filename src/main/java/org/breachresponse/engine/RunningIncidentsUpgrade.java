package org.breachresponse.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.breachresponse.process.BreachResponseProcess;

/**
 * Moves every running incident onto the latest deployed definition of {@value BreachResponseProcess#KEY}, once
 * per start, after the process application has deployed. Incidents already on the latest definition are not
 * touched, so running it again does nothing.
 *
 * <p>Each incident migrates in its own transaction, one step at a time: a step either moves it completely or
 * not at all, and every definition it passes through is a deployed, runnable model. An incident that cannot be
 * moved (no step from its model version, a plan or the incident itself failing Camunda's validation, a failing
 * modification around it) stays on the definition it runs on, goes on as before, and is named in an ERROR line with the
 * reason; the application starts anyway, so reporting and handling other breaches is never held up.
 */
final class RunningIncidentsUpgrade {

  private static final Logger LOG = Logger.getLogger(RunningIncidentsUpgrade.class.getName());
  private static final int ATTEMPTS = 3;

  private final ProcessEngine engine;
  private final Map<String, ModelUpgradeStep> stepsByFrom = new HashMap<>();

  private final String processKey;

  RunningIncidentsUpgrade(ProcessEngine engine, List<ModelUpgradeStep> steps) {
    this(engine, steps, BreachResponseProcess.KEY);
  }

  /** {@code processKey}: the process whose incidents move; another key only for a probe that must not touch them. */
  RunningIncidentsUpgrade(ProcessEngine engine, List<ModelUpgradeStep> steps, String processKey) {
    this.engine = engine;
    this.processKey = processKey;
    for (ModelUpgradeStep step : steps) {
      if (stepsByFrom.put(step.from(), step) != null) {
        throw new IllegalArgumentException("Two model upgrade steps start from version " + step.from());
      }
    }
  }

  /** The steps of this release, one per model version that came before the current one. */
  static List<ModelUpgradeStep> steps() {
    return List.of(new FlatModelToPhasesStep());
  }

  /** Upgrades every running incident that is not on the latest definition; tells how many moved and how many stayed. */
  UpgradeOutcome run() {
    RepositoryService repository = engine.getRepositoryService();
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).list().stream()
        .sorted(Comparator.comparingInt(ProcessDefinition::getVersion)).toList();
    if (definitions.isEmpty()) {
      return new UpgradeOutcome(0, 0);
    }
    ProcessDefinition latest = definitions.get(definitions.size() - 1);
    int moved = 0;
    int stayed = 0;
    for (ProcessDefinition source : definitions.subList(0, definitions.size() - 1)) {
      UpgradeOutcome fromSource = upgrade(source, latest, definitions);
      moved += fromSource.moved();
      stayed += fromSource.stayed();
    }
    UpgradeOutcome outcome = new UpgradeOutcome(moved, stayed);
    if (moved + stayed > 0) {
      LOG.log(stayed == 0 ? Level.INFO : Level.SEVERE, () -> "Running incidents upgraded to " + describe(latest)
          + ": " + outcome.moved() + " moved, " + outcome.stayed() + " left on an older version");
    } else {
      LOG.info(() -> "Running incidents: none on a definition older than " + describe(latest));
    }
    return outcome;
  }

  /** Moves the running incidents of one older definition to the latest, each on its own. */
  private UpgradeOutcome upgrade(ProcessDefinition source, ProcessDefinition latest, List<ProcessDefinition> all) {
    List<ProcessInstance> incidents = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionId(source.getId()).list();
    if (incidents.isEmpty()) {
      return new UpgradeOutcome(0, 0);
    }
    Optional<List<Hop>> route = route(source, latest, all);
    if (route.isEmpty()) {
      return new UpgradeOutcome(0, incidents.size());
    }
    LOG.info(() -> "Upgrading " + incidents.size() + " running incidents from " + describe(source) + " to "
        + describe(latest));
    int moved = (int) incidents.stream().filter(incident -> migrate(incident, route.get())).count();
    int stayed = incidents.size() - moved;
    LOG.log(stayed == 0 ? Level.INFO : Level.SEVERE, () -> moved + " running incidents moved from " + describe(source)
        + " to " + describe(latest) + ", " + stayed + " left on it");
    return new UpgradeOutcome(moved, stayed);
  }

  /** The steps and their target definitions from the source to the latest definition, with their plans built. */
  private Optional<List<Hop>> route(ProcessDefinition source, ProcessDefinition latest, List<ProcessDefinition> all) {
    String targetVersion = ModelVersion.of(latest);
    List<Hop> hops = new ArrayList<>();
    ProcessDefinition from = source;
    while (hops.size() <= stepsByFrom.size()) {
      String version = ModelVersion.of(from);
      ModelUpgradeStep step = version.equals(targetVersion) ? new SameModelVersionStep(version) : stepsByFrom.get(version);
      if (step == null) {
        LOG.severe("No upgrade step from model version " + version + " (" + describe(source) + "): its running "
            + "incidents stay on it and follow that model to its end");
        return Optional.empty();
      }
      Optional<ProcessDefinition> to = step.to().equals(targetVersion) ? Optional.of(latest) : latestOf(step.to(), all);
      if (to.isEmpty()) {
        LOG.severe("The upgrade step from model version " + version + " to " + step.to() + " has no deployed "
            + "definition of version " + step.to() + " to go through; the running incidents of " + describe(source)
            + " stay on it");
        return Optional.empty();
      }
      try {
        hops.add(new Hop(step, to.get(), step.plan(engine.getRuntimeService(), from.getId(), to.get().getId())));
      } catch (MigrationPlanValidationException e) {
        LOG.severe("The upgrade plan from " + describe(from) + " to " + describe(to.get()) + " does not fit the "
            + "deployed models, the running incidents of " + describe(source) + " stay on it: "
            + ValidationReports.describe(e.getValidationReport()));
        return Optional.empty();
      }
      if (to.get().getId().equals(latest.getId())) {
        return Optional.of(hops);
      }
      from = to.get();
    }
    LOG.severe("The upgrade steps from " + describe(source) + " go round in a circle; its running incidents stay on it");
    return Optional.empty();
  }

  private boolean migrate(ProcessInstance incident, List<Hop> route) {
    for (Hop hop : route) {
      try {
        migrate(incident, hop, 1);
      } catch (ProcessEngineException e) {
        LOG.severe("Incident " + incident.getBusinessKey() + " (process instance " + incident.getId() + ") could "
            + "not be moved to " + describe(hop.target()) + " and stays on the version it runs on: "
            + ValidationReports.describe(e));
        return false;
      }
    }
    LOG.fine(() -> "Incident " + incident.getBusinessKey() + " moved to " + describe(route.get(route.size() - 1).target()));
    return true;
  }

  /**
   * One step for one incident. The job executor already runs: when it moves the incident at the same moment,
   * the migration fails on the changed revision and is tried again on the incident as it is now.
   */
  private void migrate(ProcessInstance incident, Hop hop, int attempt) {
    try {
      hop.step().migrate(engine, hop.plan(), incident.getId());
    } catch (OptimisticLockingException e) {
      if (attempt >= ATTEMPTS) {
        throw e;
      }
      migrate(incident, hop, attempt + 1);
    }
  }

  private static Optional<ProcessDefinition> latestOf(String version, List<ProcessDefinition> definitions) {
    return definitions.stream().filter(d -> ModelVersion.of(d).equals(version))
        .max(Comparator.comparingInt(ProcessDefinition::getVersion));
  }

  private static String describe(ProcessDefinition definition) {
    return definition.getKey() + " version " + definition.getVersion() + " (model version "
        + ModelVersion.of(definition) + ", definition " + definition.getId() + ")";
  }

  private record Hop(ModelUpgradeStep step, ProcessDefinition target, MigrationPlan plan) {
  }

  /** How many running incidents moved to the latest definition and how many stayed on an older one. */
  record UpgradeOutcome(int moved, int stayed) {
  }
}

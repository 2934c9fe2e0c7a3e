package org.breachresponse.containment;

import java.time.ZoneOffset;
import java.util.Optional;
import org.breachresponse.audit.InMemoryAuditTrail;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.containment.ContainmentAdapters.Configured;
import org.breachresponse.directory.Directory;
import org.breachresponse.incident.IncidentService;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.breachresponse.process.IncidentReference;

/** Registers containment's real delegates and listeners for the engine path tests, on in-memory storage. */
public final class ContainmentWiring {

  public final InMemoryContainmentLedger ledger = new InMemoryContainmentLedger();
  public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  public final ContainmentService containment;
  public final EradicationService eradication;
  public final AdapterActions actions;

  private ContainmentWiring(IncidentService incidents, Directory directory) {
    ContainmentAdapters adapters = new ContainmentAdapters(
        Optional.ofNullable(directory).map(d -> new Configured<>(Adapter.ACTIVE_DIRECTORY, d)), Optional.empty());
    PracticeClock clock = new PracticeClock(ZoneOffset.UTC);
    containment = new ContainmentService(incidents, ledger, adapters, audit, clock);
    eradication = new EradicationService(containment, ledger, incidents, audit, clock);
    actions = new AdapterActions(containment, ledger, adapters, clock);
  }

  /** {@code directory} null: no adapter configured, everything goes to a person. */
  public static ContainmentWiring register(IncidentService incidents, Directory directory) {
    ContainmentWiring wiring = new ContainmentWiring(incidents, directory);
    Mocks.register("containmentService", wiring.containment);
    Mocks.register("eradicationService", wiring.eradication);
    Mocks.register("approveContainmentListener", new ApproveContainmentListener(wiring.containment));
    Mocks.register("isolateMachineDelegate", new IsolateMachineDelegate(wiring.actions));
    Mocks.register("resetPasswordDelegate", new ResetPasswordDelegate(wiring.actions));
    Mocks.register("isolateMachinesDelegate", new IsolateMachinesDelegate(wiring.containment, wiring.actions));
    Mocks.register("resetPasswordsDelegate", new ResetPasswordsDelegate(wiring.containment, wiring.actions));
    Mocks.register("handleManuallyListener", new HandleManuallyListener(wiring.containment));
    Mocks.register("watchEntryAndExitPointsListener", new WatchEntryAndExitPointsListener(wiring.containment));
    Mocks.register("recordEvidenceListener", new RecordEvidenceListener(wiring.eradication));
    Mocks.register("cleanseMachineListener", new CleanseMachineListener(wiring.eradication));
    Mocks.register("verifyMachineCleanListener", new VerifyMachineCleanListener(wiring.eradication));
    Mocks.register("restoreMachineDelegate", new RestoreMachineDelegate(wiring.actions));
    Mocks.register("retireMachineDelegate", new RetireMachineDelegate(wiring.actions));
    Mocks.register("recordThreatRemovedListener", new RecordThreatRemovedListener(wiring.eradication));
    return wiring;
  }

  public ContainmentTarget target(String reference, TargetKind kind, String name) {
    return containment.target(IncidentReference.of(reference), kind, name);
  }
}

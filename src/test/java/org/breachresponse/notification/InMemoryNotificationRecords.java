package org.breachresponse.notification;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.breachresponse.incident.IncidentNotFoundException;
import org.breachresponse.notification.individual.AffectedIndividual;
import org.breachresponse.notification.obligation.LawEnforcementDelay;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.notification.obligation.SubstituteNotice;
import org.breachresponse.process.IncidentReference;

/** Obligations, delays and substitute notices in memory, with ids assigned as the database would. */
public class InMemoryNotificationRecords extends NotificationRecords {

  private final List<Object> records = new ArrayList<>();
  private long nextId = 1;

  @Override
  public void add(Object record) {
    try {
      Field id = record.getClass().getDeclaredField("id");
      id.setAccessible(true);
      id.set(record, nextId++);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    records.add(record);
  }

  @Override
  public List<NotificationObligation> obligations(IncidentReference reference) {
    return all(NotificationObligation.class).stream().filter(o -> o.incident().reference().equals(reference)).toList();
  }

  @Override
  public NotificationObligation obligation(long id) {
    return all(NotificationObligation.class).stream().filter(o -> o.id() == id).findFirst()
        .orElseThrow(() -> new IncidentNotFoundException("notice " + id));
  }

  @Override
  public List<LawEnforcementDelay> delays(IncidentReference reference) {
    return all(LawEnforcementDelay.class).stream().filter(d -> d.incidentReference().equals(reference)).toList();
  }

  @Override
  public List<SubstituteNotice> substituteNotices(long obligationId) {
    return all(SubstituteNotice.class).stream().filter(s -> s.obligationId() == obligationId).toList();
  }

  @Override
  public Optional<SubstituteNotice> substituteNotice(long obligationId, SubstituteNotice.Kind kind) {
    return substituteNotices(obligationId).stream().filter(s -> s.kind() == kind).findFirst();
  }

  @Override
  public List<AffectedIndividual> individuals(IncidentReference reference) {
    return all(AffectedIndividual.class).stream().filter(i -> i.incident().reference().equals(reference)).toList();
  }

  private <T> List<T> all(Class<T> type) {
    return records.stream().filter(type::isInstance).map(type::cast).toList();
  }
}

package org.breachresponse.recovery;

import java.util.ArrayList;
import java.util.List;
import org.breachresponse.process.IncidentReference;

/** Restorations, leaked-data checks and gaps in memory, for the engine path tests. */
public class InMemoryRecoveryRecords extends RecoveryRecords {

  private final List<Object> records = new ArrayList<>();

  @Override
  public void add(Object record) {
    records.add(record);
  }

  @Override
  public List<DataRestoration> restorations(IncidentReference reference) {
    return of(DataRestoration.class).stream().filter(r -> r.incident().reference().equals(reference)).toList();
  }

  @Override
  public List<LeakedDataCheck> leakedDataChecks(IncidentReference reference) {
    return of(LeakedDataCheck.class).stream().filter(c -> c.incident().reference().equals(reference)).toList();
  }

  @Override
  public List<SecurityGap> securityGaps(IncidentReference reference) {
    return of(SecurityGap.class).stream().filter(g -> g.incident().reference().equals(reference)).toList();
  }

  private <T> List<T> of(Class<T> type) {
    return records.stream().filter(type::isInstance).map(type::cast).toList();
  }
}

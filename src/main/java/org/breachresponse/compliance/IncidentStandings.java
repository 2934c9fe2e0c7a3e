package org.breachresponse.compliance;

import java.time.Instant;
import java.util.List;
import org.breachresponse.incident.IncidentView.PracticeView;
import org.breachresponse.process.Phase;
import org.breachresponse.process.IncidentReference;

/**
 * {@code GET /audit/incidents}: every incident of the caller's practices, newest first, with its practice and
 * where its notices' deadlines stand (each practice's "today" in its own time zone), so an auditor sees at a
 * glance which response missed a deadline.
 */
public record IncidentStandings(List<Standing> incidents) {

  /** An incident's standing: MISSED if any deadline was missed, else PENDING, else MET, else NONE. */
  public enum Overall { MISSED, PENDING, MET, NONE }

  /** One incident. */
  public record Standing(IncidentReference reference, PracticeView practice, Phase phase, Instant reportedAt,
      Instant closedAt, Overall deadlineStatus, Counts deadlines) {

    static Standing of(IncidentReference reference, PracticeView practice, Phase phase, Instant reportedAt,
        Instant closedAt, List<DeadlineStatus> statuses) {
      Counts counts = Counts.of(statuses);
      return new Standing(reference, practice, phase, reportedAt, closedAt, counts.overall(), counts);
    }
  }

  /** How many of an incident's notices are in each status. */
  public record Counts(int met, int missed, int pending, int notSent) {

    static Counts of(List<DeadlineStatus> statuses) {
      return new Counts(count(statuses, DeadlineStatus.MET), count(statuses, DeadlineStatus.MISSED),
          count(statuses, DeadlineStatus.PENDING), count(statuses, DeadlineStatus.NOT_SENT));
    }

    Overall overall() {
      if (missed > 0) {
        return Overall.MISSED;
      }
      if (pending > 0) {
        return Overall.PENDING;
      }
      return met > 0 ? Overall.MET : Overall.NONE;
    }

    private static int count(List<DeadlineStatus> statuses, DeadlineStatus status) {
      return (int) statuses.stream().filter(status::equals).count();
    }
  }
}

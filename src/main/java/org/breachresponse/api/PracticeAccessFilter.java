package org.breachresponse.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.breachresponse.incident.IncidentNotFoundException;
import org.breachresponse.process.IncidentReference;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.incident.PathReference;
import org.breachresponse.practice.Practices;

/**
 * Every resource under {@code /incidents/{reference}} (the incident, its timeline and exports, evidence,
 * notices, letters, worksheets, review report) is reachable only by the members of the incident's practice.
 * An incident of another practice is answered exactly as an unknown reference is, so a refusal does not
 * reveal that it exists: both are refused here, before anything else of the request is looked at. One filter
 * for all of them, so a resource added later cannot forget the check.
 * Runs after {@link ParameterTextFilter}, which refuses a reference that is not plain text before any query.
 */
@Provider
@Priority(Priorities.USER + 100)
public class PracticeAccessFilter implements ContainerRequestFilter {

  @Inject
  private IncidentService incidents;

  @Inject
  private Practices practices;

  @Override
  public void filter(ContainerRequestContext request) {
    String text = request.getUriInfo().getPathParameters().getFirst("reference");
    if (text == null) {
      return;
    }
    IncidentReference reference = PathReference.of(text);
    Optional<String> practice = incidents.practiceOf(reference);
    // An unknown reference is refused here too, before the resource reads the body: were it refused only after
    // the body's checks, a bad body would answer 400 for an unknown reference and 404 for another practice's.
    if (practice.isEmpty() || !practices.membership().reaches(practice.get())) {
      throw new IncidentNotFoundException(reference);
    }
  }
}

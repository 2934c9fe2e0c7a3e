package org.breachresponse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.breachresponse.ApiEndpoint;
import org.junit.jupiter.api.Test;

/**
 * The matrix in {@code docs/authorization.md} and our API's {@code @RolesAllowed} say the same: every endpoint has
 * exactly one line, every line is an endpoint, and a role is allowed in the document exactly where the resource
 * names it. {@code AuthorizationWalkIT} then holds the running server to the same lines.
 */
class AuthorizationMatrixTest {

  private final AuthorizationMatrix matrix = AuthorizationMatrix.read();

  @Test
  void everyEndpointOfOurApiHasItsLineAndEveryLineAnEndpoint() {
    Set<String> endpoints = ApiEndpoint.all().stream().map(ApiEndpoint::toString)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(endpoints).as("endpoints of BreachApiApplication").hasSizeGreaterThanOrEqualTo(19);
    assertThat(new TreeSet<>(matrix.table("Our API").keySet())).as("lines of 'Our API' in " + AuthorizationMatrix.DOCUMENT)
        .isEqualTo(endpoints);
  }

  @Test
  void theDocumentAllowsARoleExactlyWhereTheResourceDoes() {
    Map<String, Map<String, Boolean>> lines = matrix.table("Our API");
    for (ApiEndpoint endpoint : ApiEndpoint.all()) {
      Map<String, Boolean> line = lines.get(endpoint.toString());
      assertThat(line).as("line for %s", endpoint).isNotNull();
      Set<String> documented = AuthorizationMatrix.USERS.keySet().stream().filter(line::get)
          .map(column -> "AD".equals(column) ? Roles.ADMIN : AuthorizationMatrix.USERS.get(column))
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(documented).as("roles allowed %s: the document against @RolesAllowed", endpoint)
          .isEqualTo(new TreeSet<>(endpoint.rolesAllowed()));
      assertThat(line.get(AuthorizationMatrix.ANONYMOUS)).as("anonymous %s", endpoint).isFalse();
    }
  }

  @Test
  void anonymousCallersAreRefusedEverywhere() {
    for (String heading : new String[] {"Our API", "Engine REST API", "Web apps"}) {
      assertThat(matrix.table(heading)).as(heading).isNotEmpty()
          .allSatisfy((line, outcomes) -> assertThat(outcomes.get(AuthorizationMatrix.ANONYMOUS))
              .as("anonymous %s", line).isFalse());
    }
  }

  @Test
  void onlyTheHealthChecksAnswerAnonymousCallersAndOnlyTheAdministratorOfTheRolesReadsTheMetrics() {
    Map<String, Map<String, Boolean>> operations = matrix.table("Operations");
    assertThat(operations.keySet()).containsExactly("GET /health/live", "GET /health/ready", "GET /metrics");
    for (String health : new String[] {"GET /health/live", "GET /health/ready"}) {
      assertThat(operations.get(health)).as(health).allSatisfy((caller, allowed) -> assertThat(allowed).isTrue());
    }
    assertThat(operations.get("GET /metrics")).allSatisfy((caller, allowed) ->
        assertThat(allowed).as("GET /metrics for %s", caller).isEqualTo("AD".equals(caller)));
  }
}

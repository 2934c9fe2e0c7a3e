package org.breachresponse.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.breachresponse.ApiClient;
import org.breachresponse.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit chain in the server: entries written through the API verify intact; a row edited and a row
 * deleted with plain SQL on the server's datasource, behind the application's back, are both reported.
 * (Runs inside the server, so it can reach the datasource.)
 *
 * <p>Other in-server tests share the database, and tampering cannot be undone: every assertion compares
 * with the findings from before this test's own steps. The edited row's summary ends with
 * {@link #EDIT_MARK}; whether an earlier run left one decides whether the chain must start intact.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

  static final String EDIT_MARK = " [edited in the database by AuditChainIT]";

  @Deployment
  static WebArchive application() {
    return Deployments.application()
        .addClasses(Deployments.class, ApiClient.class, ApiClient.Response.class, ApiClient.Download.class,
            AuditChainIT.class);
  }

  @ArquillianResource
  private URL base;

  @Resource(lookup = "java:jboss/datasources/BreachResponseDS")
  private DataSource database;

  @Resource(lookup = "java:jboss/UserTransaction")
  private UserTransaction transaction;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService executor;

  @Inject
  private AuditTrail auditTrail;

  @Test
  void rowEditedAndRowDeletedInTheDatabaseAreBothFound() throws Exception {
    boolean tamperedEarlier = count("select count(*) from audit_entry where summary like ?", "%" + EDIT_MARK) > 0;
    JsonObject before = verify();
    if (!tamperedEarlier) {
      assertTrue(before.getBoolean("intact"), "the chain is intact before anyone tampers with it: " + before);
    }
    List<String> references = List.of(report("AuditChainIT first"), report("AuditChainIT second"),
        report("AuditChainIT third"));

    JsonObject written = verify();
    assertEquals(links(before), links(written), "writing through the application breaks nothing: " + written);
    assertEquals(!tamperedEarlier || before.getBoolean("intact"), written.getBoolean("intact"));
    assertTrue(written.getJsonNumber("entriesChecked").longValue() >= before.getJsonNumber("entriesChecked").longValue() + 3);
    Row edited = reportedEntry(references.get(0));
    Row deleted = reportedEntry(references.get(1));
    assertTrue(edited.position() > before.getJsonNumber("headPosition").longValue(), "new entries extend the chain");

    sql("update audit_entry set summary = summary || ? where id = ?", EDIT_MARK, edited.id());
    sql("delete from audit_entry where id = ?", deleted.id());
    report("AuditChainIT after tampering");

    JsonObject after = verify();
    assertFalse(after.getBoolean("intact"), after.toString());
    Set<String> found = links(after);
    found.removeAll(links(before));
    assertEquals(Set.of("ENTRY_CHANGED@" + edited.position() + "#" + edited.id() + " " + references.get(0),
        "ENTRY_MISSING@" + deleted.position() + "#null null"), found, "exactly the two rows tampered with: " + after);
    if (!tamperedEarlier) {
      JsonObject first = after.getJsonObject("firstBrokenLink");
      assertEquals("ENTRY_CHANGED", first.getString("kind"));
      assertEquals(edited.position(), first.getJsonNumber("position").longValue());
      assertEquals(references.get(0), first.getString("incidentReference"));
      assertEquals(2, after.getJsonNumber("brokenLinksFound").longValue());
    }
  }

  @Test
  void concurrentWritersAppendOneChainWithoutGaps() throws Exception {
    JsonObject before = verify();
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<Future<?>> writers = new ArrayList<>();
    for (int writer = 0; writer < 6; writer++) {
      String name = "concurrent " + run + " writer " + writer;
      writers.add(executor.submit(() -> {
        for (int step = 0; step < 15; step++) {
          transaction.begin();
          try {
            auditTrail.record(null, AuditAction.parse("CHAIN_TEST"), "AuditChainIT", name + " step " + step);
            transaction.commit();
          } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
          }
        }
        return null;
      }));
    }
    for (Future<?> writer : writers) {
      writer.get();
    }

    JsonObject after = verify();
    assertEquals(links(before), links(after), "no writer forked or broke the chain: " + after);
    assertEquals(90, count("select count(distinct chain_position) from audit_entry where summary like ?",
        "concurrent " + run + " %"));
    assertEquals(0, count("select count(*) from audit_entry where summary like ? and chain_position is null",
        "concurrent " + run + " %"));
    assertTrue(after.getJsonNumber("headPosition").longValue() >= before.getJsonNumber("headPosition").longValue() + 90);
  }

  @Test
  void onlyAuditorsOwnersPrivacyOfficersAndAdminsMayVerify() throws Exception {
    for (String user : List.of("compliance-auditor", "practice-owner", "privacy-officer", "demo")) {
      assertEquals(200, new ApiClient(base, user).get("api/breach/audit/verify").status(), user);
    }
    ApiClient.Response refused = new ApiClient(base, "front-desk").get("api/breach/audit/verify");
    assertEquals(403, refused.status());
    assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
    assertEquals(403, new ApiClient(base, "it-responder").get("api/breach/audit/verify").status());
    HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(base.toString().replaceAll("/?$", "/") + "api/breach/audit/verify")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(401, anonymous.statusCode());
  }

  private JsonObject verify() {
    // The chain spans every practice; only who reaches every practice sees all of it (a deleted row belongs to no
    // incident), and the test server has several practices: its administrator checks it.
    ApiClient.Response response = new ApiClient(base, "demo").get("api/breach/audit/verify");
    assertEquals(200, response.status(), response.body());
    JsonObject result = response.json();
    assertEquals(result.getJsonArray("brokenLinks").isEmpty(), result.isNull("firstBrokenLink"));
    assertEquals(result.getBoolean("intact"), result.getJsonArray("brokenLinks").isEmpty());
    assertTrue(result.getString("headHash").matches("[0-9a-f]{64}"), result.getString("headHash"));
    return result;
  }

  /** Each broken link as kind@position#entryId reference. */
  private static Set<String> links(JsonObject verification) {
    Set<String> links = new HashSet<>();
    for (JsonValue value : verification.getJsonArray("brokenLinks")) {
      JsonObject link = value.asJsonObject();
      links.add(link.getString("kind") + "@" + text(link, "position") + "#" + text(link, "entryId") + " "
          + text(link, "incidentReference"));
    }
    return links;
  }

  private static String text(JsonObject link, String field) {
    return link.isNull(field) ? "null" : link.get(field).toString().replace("\"", "");
  }

  private String report(String description) {
    ApiClient.Response created = new ApiClient(base, "front-desk").post("api/breach/incidents", """
        {"reportedBy": "Maria, reception", "discoveryDate": "%s", "signs": ["MODIFIED_DATA"],
         "description": "%s"}""".formatted(LocalDate.now(), description));
    assertEquals(201, created.status(), created.body());
    return created.json().getString("reference");
  }

  private Row reportedEntry(String reference) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement query = connection.prepareStatement("select id, chain_position from audit_entry"
            + " where incident_reference = ? and action = 'REPORTED'")) {
      query.setString(1, reference);
      try (ResultSet rows = query.executeQuery()) {
        assertTrue(rows.next(), "the report of " + reference + " is in the audit trail");
        return new Row(rows.getLong(1), rows.getLong(2));
      }
    }
  }

  private long count(String sql, String parameter) throws SQLException {
    try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private void sql(String statement, Object... parameters) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement update = connection.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        update.setObject(i + 1, parameters[i]);
      }
      assertEquals(1, update.executeUpdate(), statement);
    }
  }

  private record Row(long id, long position) {
  }
}

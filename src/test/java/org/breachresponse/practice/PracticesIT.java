package org.breachresponse.practice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.breachresponse.ApiClient;
import org.breachresponse.InServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The practices API on the running server: the administrator creates practices (each a Camunda tenant), users
 * added to a practice with Camunda's tenant memberships see it and only it, an incident is reported for the
 * practice named, a deactivated practice takes no new incident, and no answer holds a secret. The server's
 * database lives for the whole IT run, so every id here carries this run's number, and the practices made here
 * are deactivated at the end (the administrator, who reaches every practice, must name one only when several
 * take incidents).
 */
class PracticesIT extends InServerTest {

  private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
  private static final List<String> CREATED = new ArrayList<>();
  private static URL server;

  private ApiClient admin() {
    server = base;
    return new ApiClient(base, "demo");
  }

  @AfterAll
  static void deactivateThePracticesMadeHere() {
    if (server != null) {
      ApiClient admin = new ApiClient(server, "demo");
      CREATED.forEach(id -> admin.post("api/breach/practices/" + id + "/deactivation", ""));
    }
  }

  @Test
  void theAdministratorCreatesPracticesAndEachMemberSeesOnlyTheirs() {
    String a = practice("a");
    String b = practice("b");

    ApiClient.Response created = create(a, "Bright Smiles Dental A, PLLC");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.location()).endsWith("/api/breach/practices/" + a);
    JsonObject json = created.json();
    assertThat(json.getString("id")).isEqualTo(a);
    assertThat(json.getString("name")).isEqualTo("Bright Smiles Dental A, PLLC");
    assertThat(json.getBoolean("active")).isTrue();
    assertThat(json.getString("timeZone")).isEqualTo("America/Chicago");
    assertThat(json.getString("tollFreeNumber")).isEqualTo("1-800-555-0100");
    assertThat(json.getString("privacyOfficer")).isEqualTo("Dana Reyes, Privacy Officer");
    assertThat(json.getString("createdBy")).isEqualTo("demo");
    assertThat(json.getString("createdAt")).isNotBlank();
    assertThat(json.getJsonObject("directory").getString("kind")).isEqualTo("NONE");
    assertThat(json.getJsonObject("directory").getBoolean("bindPasswordSet")).isFalse();
    assertThat(json.getJsonObject("edr").getBoolean("clientSecretSet")).isFalse();
    assertThat(create(b, "Happy Teeth B").status()).isEqualTo(201);

    assertThat(admin().get("engine-rest/tenant/" + a).json().getString("name"))
        .as("the practice's Camunda tenant").isEqualTo("Bright Smiles Dental A, PLLC");
    assertThat(ids(admin().get("api/breach/practices"))).contains(a, b, "practice");

    String officer = user("po-a", "privacy-officer", a);
    ApiClient officerOfA = new ApiClient(base, officer);
    assertThat(ids(officerOfA.get("api/breach/practices"))).containsExactly(a);
    assertThat(officerOfA.get("api/breach/practices/" + a).json().getString("name"))
        .isEqualTo("Bright Smiles Dental A, PLLC");

    ApiClient.Response other = officerOfA.get("api/breach/practices/" + b);
    String unknownId = practice("never-created");
    ApiClient.Response unknown = officerOfA.get("api/breach/practices/" + unknownId);
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.contentType()).isEqualTo(unknown.contentType()).startsWith("application/problem+json");
    assertThat(fields(other)).containsExactly("id").isEqualTo(fields(unknown));
    assertThat(other.json().getString("detail").replace(b, "?"))
        .as("refused read of another practice and read of an unknown one look alike")
        .isEqualTo(unknown.json().getString("detail").replace(unknownId, "?"));
  }

  @Test
  void aUserInNoPracticeIsToldSo() {
    ApiClient outsider = new ApiClient(base, user("nowhere", "front-desk"));

    ApiClient.Response list = outsider.get("api/breach/practices");
    assertThat(list.status()).as(list.body()).isEqualTo(403);
    assertThat(list.json().getString("detail")).contains("belong to no practice");

    ApiClient.Response report = outsider.post("api/breach/incidents", report(null));
    assertThat(report.status()).as(report.body()).isEqualTo(403);
    assertThat(report.json().getString("detail")).contains("belong to no practice");
  }

  @Test
  void everyInvalidFieldIsNamed() {
    ApiClient.Response all = admin().post("api/breach/practices", """
        {"id": "Bright Smiles", "name": " ", "timeZone": "+02:00", "postalAddress": "1 Main St",
         "tollFreeNumber": "1-800-DENTIST", "email": "privacy at example", "website": "ftp://example.test",
         "privacyOfficer": "Dana\\nReyes", "staffGroup": "Staff"}""");
    assertThat(all.status()).as(all.body()).isEqualTo(400);
    assertThat(all.contentType()).startsWith("application/problem+json");
    assertThat(fields(all)).containsExactly("id", "name", "timeZone", "tollFreeNumber", "email", "website",
        "privacyOfficer", "staffGroup");

    String id = practice("invalid");
    for (String[] bad : new String[][] {{"timeZone", "\"UTC+2\""}, {"timeZone", "\"America/Atlantis\""},
        {"name", "\"" + "x".repeat(201) + "\""}, {"name", "\"a\\u0000b\""}, {"postalAddress", "\"" + "x".repeat(501) + "\""},
        {"email", "\"a@b.test, c@d.test\""}, {"website", "\"javascript:alert(1)\""}, {"tollFreeNumber", "123"},
        {"bindPassword", "\"secret\""}}) {
      Map<String, String> body = new LinkedHashMap<>();
      body.put("id", "\"" + id + "\"");
      body.put("name", "\"Valid Name\"");
      body.put("timeZone", "\"America/Chicago\"");
      body.put(bad[0], bad[1]);
      ApiClient.Response refused = admin().post("api/breach/practices", body.entrySet().stream()
          .map(field -> "\"" + field.getKey() + "\": " + field.getValue()).collect(Collectors.joining(", ", "{", "}")));
      assertThat(refused.status()).as("%s=%s: %s", bad[0], bad[1], refused.body()).isEqualTo(400);
      assertThat(fields(refused)).as("%s=%s", bad[0], bad[1]).containsExactly(bad[0]);
    }
    assertThat(admin().get("api/breach/practices/" + id).status()).as("nothing was created").isEqualTo(404);

    assertThat(new ApiClient(base, "practice-owner").post("api/breach/practices", """
        {"id": "%s", "name": "Owner's own", "timeZone": "America/Chicago"}""".formatted(id)).status())
        .as("only the administrator creates practices").isEqualTo(403);

    assertThat(create(id, "First").status()).isEqualTo(201);
    ApiClient.Response duplicate = create(id, "Second");
    assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(409);
    assertThat(fields(duplicate)).containsExactly("id");
    assertThat(admin().get("api/breach/practices/" + id).json().getString("name")).isEqualTo("First");
  }

  @Test
  void aDeactivatedPracticeTakesNoNewIncidentButStaysReadable() {
    String c = practice("c");
    assertThat(create(c, "Closing Dental C").status()).isEqualTo(201);
    ApiClient responder = new ApiClient(base, user("it-c", "it-responder", c));
    ApiClient.Response before = responder.post("api/breach/incidents", report(c));
    assertThat(before.status()).as(before.body()).isEqualTo(201);
    String reference = before.json().getString("reference");

    ApiClient.Response deactivated = admin().post("api/breach/practices/" + c + "/deactivation", "");
    assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
    assertThat(deactivated.json().getBoolean("active")).isFalse();
    assertThat(responder.post("api/breach/practices/" + c + "/deactivation", "").status())
        .as("only the administrator deactivates").isEqualTo(403);

    ApiClient.Response refused = responder.post("api/breach/incidents", report(c));
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(fields(refused)).containsExactly("practice");
    ApiClient.Response unnamed = responder.post("api/breach/incidents", report(null));
    assertThat(unnamed.status()).as("their only practice, deactivated: %s", unnamed.body()).isEqualTo(409);
    assertThat(fields(unnamed)).containsExactly("practice");

    assertThat(responder.get("api/breach/incidents/" + reference).status()).as("its incidents stay readable")
        .isEqualTo(200);
    assertThat(responder.get("api/breach/practices/" + c).json().getBoolean("active")).isFalse();

    ApiClient.Response reactivated = admin().delete("api/breach/practices/" + c + "/deactivation");
    assertThat(reactivated.status()).as(reactivated.body()).isEqualTo(200);
    assertThat(reactivated.json().getBoolean("active")).isTrue();
    assertThat(responder.post("api/breach/incidents", report(c)).status()).isEqualTo(201);
  }

  @Test
  void anIncidentIsReportedForThePracticeNamed() {
    String a = practice("ra");
    String b = practice("rb");
    assertThat(create(a, "Report Dental A").status()).isEqualTo(201);
    assertThat(create(b, "Report Dental B").status()).isEqualTo(201);
    ApiClient provider = new ApiClient(base, user("provider", "it-responder", a, b));
    ApiClient onlyA = new ApiClient(base, user("only-a", "front-desk", a));

    ApiClient.Response reported = provider.post("api/breach/incidents", report(a));
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    JsonObject practice = reported.json().getJsonObject("practice");
    assertThat(practice.getString("id")).isEqualTo(a);
    assertThat(practice.getString("name")).isEqualTo("Report Dental A");
    assertThat(ids(provider.get("api/breach/practices"))).containsExactlyInAnyOrder(a, b);

    ApiClient.Response unnamed = provider.post("api/breach/incidents", report(null));
    assertThat(unnamed.status()).as(unnamed.body()).isEqualTo(400);
    assertThat(fields(unnamed)).containsExactly("practice");

    ApiClient.Response own = onlyA.post("api/breach/incidents", report(null));
    assertThat(own.status()).as(own.body()).isEqualTo(201);
    assertThat(own.json().getJsonObject("practice").getString("id")).as("the only practice").isEqualTo(a);

    ApiClient.Response notHers = onlyA.post("api/breach/incidents", report(b));
    assertThat(notHers.status()).as(notHers.body()).isEqualTo(404);
    assertThat(fields(notHers)).containsExactly("practice");
  }

  @Test
  void aPracticeOwnerChangesTheProfileOfTheirPracticeButNotItsStaff() {
    String d = practice("d");
    String e = practice("e");
    assertThat(create(d, "Owner Dental D").status()).isEqualTo(201);
    assertThat(create(e, "Other Dental E").status()).isEqualTo(201);
    ApiClient owner = new ApiClient(base, user("owner-d", "practice-owner", d));
    int version = owner.get("api/breach/practices/" + d).json().getInt("version");

    ApiClient.Response changed = owner.put("api/breach/practices/" + d, "application/json", """
        {"name": "Owner Dental D, PLLC", "timeZone": "America/New_York", "email": "privacy@d.example",
         "website": "https://d.example", "version": %d}""".formatted(version));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().getString("name")).isEqualTo("Owner Dental D, PLLC");
    assertThat(changed.json().getString("timeZone")).isEqualTo("America/New_York");
    assertThat(changed.json().getInt("version")).isGreaterThan(version);
    assertThat(admin().get("engine-rest/tenant/" + d).json().getString("name")).as("the tenant is renamed")
        .isEqualTo("Owner Dental D, PLLC");

    ApiClient.Response stale = owner.put("api/breach/practices/" + d, "application/json", """
        {"name": "Stale", "timeZone": "America/New_York", "version": %d}""".formatted(version));
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);
    assertThat(fields(stale)).containsExactly("version");

    ApiClient.Response staff = owner.put("api/breach/practices/" + d, "application/json", """
        {"name": "Owner Dental D, PLLC", "timeZone": "America/New_York",
         "staffGroup": "CN=Everyone,OU=Groups,DC=practice,DC=local"}""");
    assertThat(staff.status()).as(staff.body()).isEqualTo(403);
    assertThat(fields(staff)).containsExactly("staffGroup");

    ApiClient.Response invalid = owner.put("api/breach/practices/" + d, "application/json", """
        {"name": "", "timeZone": "Mars/Olympus"}""");
    assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
    assertThat(fields(invalid)).containsExactly("name", "timeZone");

    ApiClient.Response notTheirs = owner.put("api/breach/practices/" + e, "application/json", """
        {"name": "Taken over", "timeZone": "America/Chicago"}""");
    assertThat(notTheirs.status()).as(notTheirs.body()).isEqualTo(404);
    assertThat(fields(notTheirs)).containsExactly("id");
    assertThat(admin().get("api/breach/practices/" + e).json().getString("name")).isEqualTo("Other Dental E");

    ApiClient.Response byAdmin = admin().put("api/breach/practices/" + d, "application/json", """
        {"name": "Owner Dental D, PLLC", "timeZone": "America/New_York",
         "staffGroup": "CN=Dental D Staff,OU=Groups,DC=practice,DC=local"}""");
    assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
    assertThat(byAdmin.json().getString("staffGroup")).isEqualTo("CN=Dental D Staff,OU=Groups,DC=practice,DC=local");
    assertThat(byAdmin.json().isNull("email")).as("a PUT replaces the whole profile").isTrue();
  }

  @Test
  void noAnswerHoldsASecret() {
    // The test server's first practice was made from the environment, with the test directory's bind password.
    ApiClient.Response first = admin().get("api/breach/practices/practice");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    JsonObject directory = first.json().getJsonObject("directory");
    assertThat(directory.getBoolean("bindPasswordSet")).isTrue();
    assertThat(directory.containsKey("bindPassword")).isFalse();
    assertThat(first.json().getJsonObject("edr").containsKey("clientSecret")).isFalse();
    for (ApiClient.Response answer : List.of(first, admin().get("api/breach/practices"),
        new ApiClient(base, "it-responder").get("api/breach/practices"))) {
      assertThat(answer.body()).doesNotContain("Admin-Test-Passw0rd").doesNotContain("v1:");
    }
  }

  private String practice(String name) {
    return "pit-" + name + "-" + RUN;
  }

  private ApiClient.Response create(String id, String name) {
    ApiClient.Response created = admin().post("api/breach/practices", """
        {"id": "%s", "name": "%s", "timeZone": "America/Chicago", "postalAddress": "100 Main Street | Austin, TX 78701",
         "tollFreeNumber": "1-800-555-0100", "email": "privacy@%s.example", "website": "https://%s.example",
         "privacyOfficer": "Dana Reyes, Privacy Officer", "staffGroup": null}""".formatted(id, name, id, id));
    if (created.status() == 201) {
      CREATED.add(id);
    }
    return created;
  }

  /**
   * A user of the engine's own identity (no e-mail address, so no reminder reaches them), in role group
   * {@code group} and member of {@code practices}, made by the administrator with Camunda's REST API; the
   * password is the user id.
   */
  private String user(String name, String group, String... practices) {
    String id = "pit-" + name + "-" + RUN;
    ApiClient admin = admin();
    ApiClient.Response created = admin.post("engine-rest/user/create", """
        {"profile": {"id": "%s", "firstName": "Practices", "lastName": "Test"}, "credentials": {"password": "%s"}}"""
        .formatted(id, id));
    assertThat(created.status()).as(created.body()).isEqualTo(204);
    ApiClient.Response member = admin.put("engine-rest/group/" + group + "/members/" + id, "application/json", "");
    assertThat(member.status()).as(member.body()).isEqualTo(204);
    for (String practice : practices) {
      ApiClient.Response tenant = admin.put("engine-rest/tenant/" + practice + "/user-members/" + id,
          "application/json", "");
      assertThat(tenant.status()).as(tenant.body()).isEqualTo(204);
    }
    return id;
  }

  private static String report(String practice) {
    return """
        {"reportedBy": "Maria, reception", "discoveryDate": "%s", "signs": ["UNUSUAL_NETWORK_ACTIVITY"],
         "description": "The reception PC talks to an unknown server at night"%s}"""
        .formatted(LocalDate.now().minusDays(1), practice == null ? "" : ", \"practice\": \"" + practice + "\"");
  }

  private static List<String> ids(ApiClient.Response list) {
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.structure().asJsonArray().getValuesAs(JsonObject.class).stream().map(p -> p.getString("id")).toList();
  }

  private static List<String> fields(ApiClient.Response problem) {
    return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(error -> error.getString("field")).toList();
  }
}

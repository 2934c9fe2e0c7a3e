package org.breachresponse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.breachresponse.Browser;
import org.breachresponse.ProductionServer;
import org.breachresponse.TasklistTasks;
import org.breachresponse.directory.SambaAdDc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The "done when", as a practice runs it: the provisioned server started by an operator in production
 * mode (HTTPS, no development users), staff signing in with their Active Directory accounts on the real Samba
 * AD DC (LDAPS, the DC's certificate and name verified against its CA), directory groups mapped to roles.
 * {@code it.jane}, in the AD group mapped to {@code it-responder}, signs into the Tasklist in Chromium and sees
 * exactly the IT responder's work: both incidents' IT tasks, not the privacy officer's risk assessment.
 */
class DirectorySignInBrowserIT {

  private static final String CONFIRM = "Confirm the breach";

  private static SambaAdDc dc;
  private static ProductionServer server;

  @BeforeAll
  static void startTheDirectoryAndAProductionServerSigningStaffInThere() throws IOException {
    Browser.requireChromium();
    dc = SambaAdDc.shared();
    DirectoryStaff.seed(dc);
    Path directory = Path.of("target", "directory-sign-in");
    deleteRecursively(directory);
    server = ProductionServer.start(directory, Integer.getInteger("breach.production.port-offset", 200),
        DirectoryStaff.environment(dc), List.of("-Djdk.net.hosts.file=" + DirectoryStaff.hostsFile()));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void itResponderSignsInWithTheirDirectoryAccountAndSeesOnlyItResponderWork() {
    String reported = report(DirectoryStaff.DESK_TOM);
    String assessed = report(DirectoryStaff.DESK_TOM);
    completeOnly(DirectoryStaff.IT_JANE, assessed, TASK_CONFIRM_BREACH,
        "{\"triageDecision\": {\"value\": \"CONFIRMED\"}, \"triageReason\": {\"value\": \"EDR alert confirmed\"}}");
    completeOnly(DirectoryStaff.IT_JANE, assessed, TASK_SCOPE_BREACH, """
        {"affectedMachines": {"value": "ds-pc-01"}, "compromisedAccounts": {"value": ""},
         "dataNames": {"value": true}, "howItHappened": {"value": "Phishing e-mail"},
         "affectedIndividualsByState": {"value": "TX 12"}, "dataEncryptedKeySafe": {"value": false}}""");

    Set<String> privacyWork = cards(tasks(DirectoryStaff.PRIVACY_PAT, assessed));
    assertThat(privacyWork).as("the privacy officer's work on %s", assessed).contains("Assess the risk " + assessed);
    Set<String> itWork = Stream.concat(cards(tasks(DirectoryStaff.IT_JANE, reported)).stream(),
        cards(tasks(DirectoryStaff.IT_JANE, assessed)).stream()).collect(Collectors.toSet());
    assertThat(itWork).as("what the engine gives it.jane").contains(CONFIRM + " " + reported).doesNotContainAnyElementsOf(privacyWork);

    try (Browser browser = Browser.open(getClass(),
        List.of("--ignore-certificate-errors-spki-list=" + server.certificateSpkiSha256()))) {
      browser.openTasklist(toUrl(server.baseUrl()));
      browser.signIn(DirectoryStaff.IT_JANE, DirectoryStaff.PASSWORD);
      new TasklistTasks(browser).findInMyGroupsTasks(CONFIRM, reported);
      browser.waitUntil("every IT task of both incidents in My group's tasks", visibilityOfElementLocated(
          TasklistTasks.card(itWork.stream().filter(card -> card.endsWith(assessed)).findFirst().orElseThrow()
              .replace(" " + assessed, ""), assessed)));
      Set<String> shown = browser.waitUntil("the cards of My group's tasks", driver -> {
        Set<String> visible = driver.findElements(By.cssSelector("ol.tasks-list > li")).stream()
            .map(DirectorySignInBrowserIT::card).filter(card -> card.endsWith(reported) || card.endsWith(assessed))
            .collect(Collectors.toSet());
        return visible.equals(itWork) ? visible : null;
      });
      browser.screenshot("it-responder-work");
      assertThat(shown).as("it.jane's Tasklist").isEqualTo(itWork).doesNotContainAnyElementsOf(privacyWork);
    }
    server.assertNoErrorsLogged();
  }

  @Test
  void directoryAccountsOutsideTheRolesAndWrongPasswordsAreRefused() {
    assertThat(status("GET", "api/breach/incidents", DirectoryStaff.SALES_SAM, DirectoryStaff.PASSWORD, null))
        .as("a member of an unmapped group").isEqualTo(403);
    assertThat(status("GET", "api/breach/incidents", DirectoryStaff.IT_JANE, "Wrong-Passw0rd!", null))
        .as("a wrong password").isEqualTo(401);
    assertThat(status("GET", "api/breach/incidents", "it-responder", "it-responder", null))
        .as("a development user").isEqualTo(401);
    assertThat(status("GET", "engine-rest/task?taskDefinitionKey=Task_AssessRisk", DirectoryStaff.IT_JANE,
        DirectoryStaff.PASSWORD, null)).as("the engine REST API with a directory account").isEqualTo(200);
  }

  /** The front desk reports a breach through our API, as the Tasklist's "Start process" form does. */
  private static String report(String user) {
    HttpResponse<String> response = send("POST", "api/breach/incidents", user, DirectoryStaff.PASSWORD, """
        {"reportedBy": "Tom, front desk", "discoveryDate": "%s", "signs": ["UNUSUAL_NETWORK_ACTIVITY"],
         "description": "The reception PC talks to an unknown server at night"}""".formatted(LocalDate.now()));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response.body()).asJsonObject().getString("reference");
  }

  /** Claims and submits the incident's one open task of that key as {@code user}, with their directory password. */
  private static void completeOnly(String user, String reference, String taskKey, String variables) {
    List<JsonObject> open = tasks(user, reference).stream()
        .filter(task -> task.getString("taskDefinitionKey").equals(taskKey)).toList();
    assertThat(open).as("open %s of %s for %s", taskKey, reference, user).hasSize(1);
    String id = open.get(0).getString("id");
    HttpResponse<String> claimed = send("POST", "engine-rest/task/" + id + "/claim", user, DirectoryStaff.PASSWORD,
        "{\"userId\": \"" + user + "\"}");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    HttpResponse<String> submitted = send("POST", "engine-rest/task/" + id + "/submit-form", user,
        DirectoryStaff.PASSWORD, "{\"variables\": " + variables + "}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
  }

  /** The incident's open tasks {@code user} may see through the engine REST API (what their groups are candidates for). */
  private static List<JsonObject> tasks(String user, String reference) {
    HttpResponse<String> response = send("GET", "engine-rest/task?processInstanceBusinessKey=" + reference,
        user, DirectoryStaff.PASSWORD, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response.body()).asJsonArray().getValuesAs(JsonObject.class);
  }

  private static Set<String> cards(List<JsonObject> tasks) {
    return tasks.stream().map(task -> task.getString("name") + " " + reference(task)).collect(Collectors.toSet());
  }

  private static String reference(JsonObject task) {
    HttpResponse<String> variable = send("GET", "engine-rest/task/" + task.getString("id") + "/variables/incidentReference",
        DirectoryStaff.IT_JANE, DirectoryStaff.PASSWORD, null);
    if (variable.statusCode() == 200) {
      return json(variable.body()).asJsonObject().getString("value");
    }
    HttpResponse<String> asOfficer = send("GET", "engine-rest/task/" + task.getString("id") + "/variables/incidentReference",
        DirectoryStaff.PRIVACY_PAT, DirectoryStaff.PASSWORD, null);
    assertThat(asOfficer.statusCode()).as(asOfficer.body()).isEqualTo(200);
    return json(asOfficer.body()).asJsonObject().getString("value");
  }

  /** A card as the Tasklist shows it: the task's name and the incident reference in its Incident column. */
  private static String card(WebElement card) {
    String name = card.findElement(By.cssSelector("h4")).getText().trim();
    List<WebElement> values = card.findElements(By.cssSelector(".variable-value"));
    return name + " " + (values.isEmpty() ? "" : values.get(0).getText().trim());
  }

  private static int status(String method, String path, String user, String password, String body) {
    return send(method, path, user, password, body).statusCode();
  }

  private static HttpResponse<String> send(String method, String path, String user, String password, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUrl().resolve(path))
        .header("Accept", "application/json, application/problem+json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
        : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    try {
      return server.httpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static jakarta.json.JsonStructure json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    }
  }

  private static java.net.URL toUrl(URI uri) {
    try {
      return uri.toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}

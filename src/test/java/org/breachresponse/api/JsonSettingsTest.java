package org.breachresponse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.breachresponse.incident.IncidentReport;
import org.breachresponse.incident.IncidentSummary;
import org.breachresponse.incident.Sign;
import org.breachresponse.notification.obligation.ObligationPreviewRequest;
import org.breachresponse.process.IncidentReference;
import org.breachresponse.process.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API's JSON reader refuses what it would otherwise convert silently, naming the field by its path. */
class JsonSettingsTest {

  private final ObjectMapper json = new JsonSettings().getContext(Object.class);

  @Test
  void writesAnIncidentReferenceAsItsPlainText() throws JsonProcessingException {
    IncidentSummary summary = new IncidentSummary(IncidentReference.of("BR-2026-0001"), "bright-smiles", Phase.IDENTIFY,
        Instant.parse("2026-11-27T15:00:00Z"), LocalDate.of(2026, 11, 27), "front-desk", null);

    assertThat(json.readTree(json.writeValueAsString(summary)).get("reference").textValue()).isEqualTo("BR-2026-0001");
  }

  @Test
  void readsAValidReport() throws JsonProcessingException {
    IncidentReport report = json.readValue("""
        {"reportedBy": "Maria\\twith a tab", "discoveryDate": "2026-11-27", "signs": ["OTHER"],
         "otherSigns": "fax 😀", "description": "line one\\nline two \\u05d0"}""", IncidentReport.class);
    assertThat(report.discoveryDate()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(report.signs()).containsExactly(Sign.OTHER);
    assertThat(report.otherSigns()).isEqualTo("fax 😀");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "reportedBy    | 123",
      "reportedBy    | true",
      "reportedBy    | \"a\\u0000b\"",
      "reportedBy    | \"\\ud800\"",
      "reportedBy    | \"\\u202eexe.pdf\"",
      "reportedBy    | \"\\u200b\"",
      "discoveryDate | \"2026-02-30\"",
      "discoveryDate | \"+999999999-12-31\"",
      "discoveryDate | \"-999999999-01-01\"",
      "discoveryDate | 20260101",
      "discoveryDate | [2026, 1, 1]",
      "discoveryDate | \"2026-01-01T00:00:00Z\"",
      "signs         | [1]",
      "signs         | \"OTHER\"",
      "signs         | [\"\"]",
  })
  void refusesAndNamesTheField(String field, String value) {
    String body = """
        {"reportedBy": "Maria", "discoveryDate": "2026-11-27", "signs": ["OTHER"], "description": "x"}"""
        .replaceFirst("\"" + field + "\": [^,]+(?=, \"|})", "\"" + field + "\": " + java.util.regex.Matcher.quoteReplacement(value));
    assertThatThrownBy(() -> json.readValue(body, IncidentReport.class))
        .as(body)
        .isInstanceOfSatisfying(JsonMappingException.class,
            e -> assertThat(e.getPath()).first().extracting(JsonMappingException.Reference::getFieldName).isEqualTo(field));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"phiSecured\": \"false\"}                | phiSecured",
      "{\"phiSecured\": 0}                        | phiSecured",
      "{\"residents\": {\"TX\": 1.5}}             | residents",
      "{\"residents\": {\"TX\": \"300\"}}         | residents",
      "{\"residents\": {\"TX\": 99999999999}}     | residents",
      "{\"entityType\": 0}                        | entityType",
      "{\"entityType\": \" COVERED_ENTITY\"}      | entityType",
      "{\"entityType\": \"COVERED_ENTITY\\u0000\"} | entityType",
      "{\"dataTypes\": [\"NAMES \"]}              | dataTypes",
      "{\"dataTypes\": [0]}                       | dataTypes",
  })
  void refusesConversionsInThePreview(String body, String field) {
    assertThatThrownBy(() -> json.readValue(body, ObligationPreviewRequest.class))
        .isInstanceOfSatisfying(JsonMappingException.class,
            e -> assertThat(e.getPath()).first().extracting(JsonMappingException.Reference::getFieldName).isEqualTo(field));
  }

  @Test
  void refusesTrailingContentAndRepeatedFields() {
    for (String body : List.of("{\"description\": \"x\"} {}", "{\"description\": \"x\", \"description\": \"y\"}")) {
      assertThatThrownBy(() -> json.readValue(body, IncidentReport.class)).as(body)
          .isInstanceOf(JsonProcessingException.class);
    }
  }
}

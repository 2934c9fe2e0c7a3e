package org.breachresponse.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.breachresponse.compliance.Timeline.EventKind;
import org.breachresponse.incident.IncidentView.PracticeView;
import org.breachresponse.process.IncidentReference;
import org.breachresponse.process.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineCsvTest {

  private static final Instant AT = Instant.parse("2026-12-02T04:05:47Z");

  @Test
  void aHeaderThenOneRowPerEventQuotedAsRfc4180Says() throws IOException {
    String csv = TimelineCsv.write(timeline(new PracticeView("bright-smiles", "Bright Smiles Dental, PLLC"),
        new Timeline.Event(AT, EventKind.DECISION, "Triage: CONFIRMED", "it-responder",
            "EDR alert, \"confirmed\"\nby the vendor"),
        new Timeline.Event(AT.plusSeconds(60), EventKind.TASK, "Task created: Scope the breach", null, null)));

    assertThat(csv).startsWith("at,kind,title,actor,detail,practice\r\n")
        .contains("\"EDR alert, \"\"confirmed\"\"\nby the vendor\"");
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).values()).containsExactly("2026-12-02T04:05:47Z", "DECISION", "Triage: CONFIRMED",
        "it-responder", "EDR alert, \"confirmed\"\nby the vendor", "Bright Smiles Dental, PLLC");
    assertThat(rows.get(2).values()).containsExactly("2026-12-02T04:06:47Z", "TASK", "Task created: Scope the breach",
        "", "", "Bright Smiles Dental, PLLC");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://evil.test\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\tcmd"})
  void aCellThatASpreadsheetWouldRunAsAFormulaIsPrefixedWithAQuote(String text) throws IOException {
    String csv = TimelineCsv.write(timeline(new PracticeView("p-1", text), new Timeline.Event(AT, EventKind.RECORD, text, text, text)));

    CSVRecord row = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().get(1);
    assertThat(row.get(2)).isEqualTo("'" + text);
    assertThat(row.get(3)).isEqualTo("'" + text);
    assertThat(row.get(4)).isEqualTo("'" + text);
    assertThat(row.get(5)).as("a practice's name is a text like any other").isEqualTo("'" + text);
    assertThat(row.get(0)).as("the time is ours, not a formula").isEqualTo("2026-12-02T04:05:47Z");
  }

  @Test
  void anIncidentWithoutAPracticeLeavesTheColumnEmpty() throws IOException {
    String csv = TimelineCsv.write(timeline(null, new Timeline.Event(AT, EventKind.RECORD, "Reported", "front-desk", null)));

    assertThat(CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().get(1).get(5)).isEmpty();
  }

  private static Timeline timeline(PracticeView practice, Timeline.Event... events) {
    return new Timeline(IncidentReference.of("BR-2026-0001"), practice, Phase.IDENTIFY, null, AT, "front-desk", null,
        null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(events), null);
  }

  @Test
  void anOrdinaryTextStaysAsItIs() {
    assertThat(TimelineCsv.cell("Sent on 2027-01-10 (due 2027-01-28)")).isEqualTo("Sent on 2027-01-10 (due 2027-01-28)");
    assertThat(TimelineCsv.cell("a-b = c")).isEqualTo("a-b = c");
  }
}

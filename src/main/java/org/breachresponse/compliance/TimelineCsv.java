package org.breachresponse.compliance;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A timeline's events as CSV (RFC 4180, header {@code at,kind,title,actor,detail,practice}, one row per event,
 * each naming the incident's practice so rows pasted together from several practices stay told apart), to
 * open in a spreadsheet. A cell starting with {@code = + - @} (or a tab or carriage return) is prefixed
 * with {@code '}: the texts come from forms and the audit trail, and a spreadsheet would run them as a
 * formula (CSV injection).
 */
public final class TimelineCsv {

  static final String[] HEADER = {"at", "kind", "title", "actor", "detail", "practice"};
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private TimelineCsv() {
  }

  public static String write(Timeline timeline) {
    String practice = timeline.practice() == null ? "" : cell(timeline.practice().name());
    StringWriter csv = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
      for (Timeline.Event event : timeline.events()) {
        printer.printRecord(event.at().toString(), event.kind().name(), cell(event.title()), cell(event.actor()),
            cell(event.detail()), practice);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return csv.toString();
  }

  static String cell(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}

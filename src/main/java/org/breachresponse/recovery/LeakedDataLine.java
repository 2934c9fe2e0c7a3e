package org.breachresponse.recovery;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.IsoDate;

/**
 * One line of the form's list of places: {@code URL | what was found | found on | takedown requested on | status},
 * dates as YYYY-MM-DD, "-" for a request not yet sent. A text area with one line per place, because Camunda
 * Forms have no repeating groups; the task re-opens with the list as last recorded, so only statuses change.
 */
record LeakedDataLine(String url, String what, LocalDate foundOn, LocalDate takedownRequestedOn, TakedownStatus status) {

  static final String FORMAT = "URL | what was found | found on (YYYY-MM-DD) | takedown requested on (YYYY-MM-DD or -) | "
      + "NOT_REQUESTED, REQUESTED, REMOVED or REFUSED";
  private static final String NOT_YET = "-";

  /** Parses one line; the message of the exception names what is wrong, the caller adds the line number. */
  static LeakedDataLine parse(String line, LocalDate today) {
    String[] cells = line.split("\\|", -1);
    if (cells.length != 5) {
      throw new IllegalArgumentException("expected 5 parts separated by |, found " + cells.length + ": " + FORMAT);
    }
    String url = url(cells[0].strip());
    String what = cells[1].strip();
    if (what.isEmpty() || what.length() > 500) {
      throw new IllegalArgumentException("what was found: 1 to 500 characters");
    }
    LocalDate foundOn = date("found on", cells[2].strip(), today);
    String requested = cells[3].strip();
    LocalDate requestedOn = requested.isEmpty() || requested.equals(NOT_YET) ? null : date("takedown requested on", requested, today);
    if (requestedOn != null && requestedOn.isBefore(foundOn)) {
      throw new IllegalArgumentException("takedown requested before the data was found");
    }
    TakedownStatus status = status(cells[4].strip());
    if ((status == TakedownStatus.NOT_REQUESTED) != (requestedOn == null)) {
      throw new IllegalArgumentException(status == TakedownStatus.NOT_REQUESTED
          ? "NOT_REQUESTED cannot have a request date" : status + " needs the date the takedown was requested");
    }
    return new LeakedDataLine(url, what, foundOn, requestedOn, status);
  }

  String format() {
    return url + " | " + what + " | " + foundOn + " | " + (takedownRequestedOn == null ? NOT_YET : takedownRequestedOn)
        + " | " + status;
  }

  private static String url(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || text.length() > 2000) {
        throw new IllegalArgumentException("URL: an http(s) address of at most 2000 characters, not '" + shorten(text) + "'");
      }
      return text;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("URL: not a valid address: '" + shorten(text) + "'");
    }
  }

  /** A part of one line of the places field: its error names the part, and the form names the line. */
  private static LocalDate date(String part, String text, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate date = IsoDate.past(part, text, today, "a date as YYYY-MM-DD, not '" + shorten(text) + "'", errors);
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(errors.get(0).toString());
    }
    return date;
  }

  private static TakedownStatus status(String text) {
    try {
      return TakedownStatus.valueOf(text.toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("status: NOT_REQUESTED, REQUESTED, REMOVED or REFUSED, not '" + shorten(text) + "'");
    }
  }

  private static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}

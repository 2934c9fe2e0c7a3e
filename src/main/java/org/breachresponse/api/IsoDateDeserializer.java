package org.breachresponse.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * A date of our API is a JSON string {@code yyyy-MM-dd} that exists on the calendar: not a number, a list of
 * numbers, a date-time, or a year outside 0001–9999 (which Java accepts and a database or a deadline
 * computation does not). Whether the date is plausible for its field is the request's own check.
 */
class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {

  private static final Pattern FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  IsoDateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    String text = parser.hasToken(JsonToken.VALUE_STRING) ? parser.getText() : parser.getValueAsString();
    if (parser.hasToken(JsonToken.VALUE_STRING) && FORM.matcher(text).matches()) {
      try {
        LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        if (date.getYear() >= 1) {
          return date;
        }
      } catch (DateTimeException e) {
        // refused below, naming the field
      }
    }
    if (parser.isExpectedStartArrayToken() || parser.hasToken(JsonToken.START_OBJECT)) {
      parser.skipChildren();
    }
    throw context.weirdStringException(text == null ? parser.currentToken().asString() : text, LocalDate.class,
        "must be a date like 2026-04-06");
  }
}

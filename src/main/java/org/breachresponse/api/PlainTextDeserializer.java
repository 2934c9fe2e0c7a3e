package org.breachresponse.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import org.breachresponse.input.PlainText;

/**
 * Every text field of our API: a JSON string (not a number, a yes/no, a list or an object), holding text a
 * person typed, held to {@link PlainText}'s rule.
 */
class PlainTextDeserializer extends StdScalarDeserializer<String> {

  PlainTextDeserializer() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      return (String) context.handleUnexpectedToken(String.class, parser);
    }
    String text = parser.getText();
    if (!PlainText.isPlainText(text)) {
      throw context.weirdStringException(text, String.class, PlainText.REASON);
    }
    return text;
  }
}

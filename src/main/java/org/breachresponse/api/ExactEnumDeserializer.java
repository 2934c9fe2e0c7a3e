package org.breachresponse.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.Arrays;

/**
 * A code of our API (a sign, an entity type, a data type, a statement's form) is a JSON string spelt exactly as
 * the constant: Jackson's own reader also takes a constant's position ({@code 1}) and trims the text first, so
 * {@code "WRITTEN\u0000"} or {@code " WRITTEN"} was read as {@code WRITTEN}.
 */
class ExactEnumDeserializer<E extends Enum<E>> extends StdScalarDeserializer<E> {

  private final Class<E> type;

  private ExactEnumDeserializer(Class<E> type) {
    super(type);
    this.type = type;
  }

  /** Replaces Jackson's reader for every enum our API reads. */
  static BeanDeserializerModifier everyEnum() {
    return new BeanDeserializerModifier() {
      @Override
      @SuppressWarnings({"unchecked", "rawtypes"})
      public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType javaType,
          BeanDescription description, JsonDeserializer<?> deserializer) {
        return new ExactEnumDeserializer(javaType.getRawClass());
      }
    };
  }

  @Override
  public E deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    String text = parser.hasToken(JsonToken.VALUE_STRING) ? parser.getText() : null;
    if (text != null) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
    }
    if (parser.isExpectedStartArrayToken() || parser.hasToken(JsonToken.START_OBJECT)) {
      parser.skipChildren();
    }
    throw context.weirdStringException(text != null ? text : String.valueOf(parser.currentToken()), type,
        "must be one of " + Arrays.toString(type.getEnumConstants()));
  }
}

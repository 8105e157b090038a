package dev.refsync.core.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;

/**
 * The JSON form of canonical records stored in TEXT columns: ISO-8601 instants and decimal amounts
 * as strings (DESIGN 3: "amounts in files and APIs are decimal strings"), so no value ever passes
 * through a binary floating type.
 */
final class CanonicalJson {
  private final ObjectMapper mapper;

  CanonicalJson() {
    ObjectMapper m = new ObjectMapper();
    m.registerModule(new JavaTimeModule());
    m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    // Only record components are data; derived predicates such as Deal.isClosedWon() are not.
    m.setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
    m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    m.configOverride(BigDecimal.class)
        .setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    this.mapper = m;
  }

  String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot serialize " + value.getClass().getSimpleName() + ": " + e.getOriginalMessage(),
          e);
    }
  }

  <T> T read(String json, Class<T> type, String where) {
    return read(json, mapper.constructType(type), where);
  }

  <T> T read(String json, JavaType type, String where) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new CorruptStoreDataException(where, e);
    }
  }

  <T> JavaType listOf(Class<T> element) {
    return mapper.getTypeFactory().constructCollectionType(java.util.List.class, element);
  }
}

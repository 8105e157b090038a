package dev.refsync.mappings;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.refsync.mappings.mapper.MappedRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Canonical records as JSON, in the camelCase form of DESIGN 7: amounts as decimal strings, times
 * as ISO-8601 instants, sets sorted so the output is stable (golden files, {@code mappings test}).
 */
public final class CanonicalJson {
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(new SimpleModule().addSerializer(new SortedSetSerializer()))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
          .withConfigOverride(
              BigDecimal.class,
              o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private CanonicalJson() {}

  /** {@code [{"kind": "deal", "record": {...}}, ...]} */
  public static ArrayNode toJson(List<MappedRecord> records) {
    ArrayNode array = JSON.createArrayNode();
    for (MappedRecord r : records) {
      ObjectNode o = array.addObject();
      o.put("kind", r.kind().yamlName());
      o.set("record", JSON.valueToTree(r.record()));
    }
    return array;
  }

  /** Pretty-printed JSON text. */
  public static String print(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new IllegalStateException("cannot print JSON", e);
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class SortedSetSerializer extends StdSerializer<Set> {
    private static final long serialVersionUID = 1L;

    SortedSetSerializer() {
      super(Set.class);
    }

    @Override
    public void serialize(Set value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartArray();
      for (Object item : new TreeSet<>((Set<Object>) value)) {
        gen.writeString(String.valueOf(item));
      }
      gen.writeEndArray();
    }
  }
}

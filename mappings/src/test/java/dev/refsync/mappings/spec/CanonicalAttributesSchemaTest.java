package dev.refsync.mappings.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.mappings.validate.MappingSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The attribute names editors see in the schema are exactly those the mapper fills. */
class CanonicalAttributesSchemaTest {
  private final JsonNode defs = MappingSchema.get().document().path("$defs");

  @Test
  void everyRecordKindListsTheSameAttributesAsTheMapper() {
    for (RecordKind kind : RecordKind.values()) {
      JsonNode fields = defs.path(kind.yamlName() + "Source").path("properties").path("fields");
      assertThat(names(fields.path("properties")))
          .as(kind.yamlName())
          .containsExactlyElementsOf(CanonicalAttributes.of(kind).keySet());
    }
  }

  @Test
  void everyWriteBackTargetListsTheSameAttributesAsTheMapper() {
    for (WriteBackKind kind : WriteBackKind.values()) {
      JsonNode fields = defs.path(kind.yamlName() + "Target").path("properties").path("fields");
      assertThat(names(fields.path("properties")))
          .as(kind.yamlName())
          .containsExactlyElementsOf(CanonicalAttributes.of(kind).keySet());
    }
  }

  @Test
  void theSchemaListsEveryConversion() {
    assertThat(names(defs.path("convert").path("enum")))
        .containsExactlyElementsOf(Conversion.yamlNames());
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      node.fieldNames().forEachRemaining(out::add);
    }
    return out;
  }
}

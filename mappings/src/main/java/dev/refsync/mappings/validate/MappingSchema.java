package dev.refsync.mappings.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The published JSON Schema of mapping files, loaded once from the classpath. The same file is
 * copied to {@code schemas/} at the repository root for editors; a test keeps them identical.
 */
public final class MappingSchema {
  /** Classpath location of the schema. */
  public static final String RESOURCE = "/dev/refsync/mappings/refsync-mapping.schema.json";

  private static final MappingSchema INSTANCE = load();

  private final JsonNode document;
  private final JsonSchema schema;

  private MappingSchema(JsonNode document, JsonSchema schema) {
    this.document = document;
    this.schema = schema;
  }

  public static MappingSchema get() {
    return INSTANCE;
  }

  /** The schema as a JSON tree, to look up allowed keys for hints. */
  public JsonNode document() {
    return document;
  }

  JsonSchema schema() {
    return schema;
  }

  private static MappingSchema load() {
    try (InputStream in = MappingSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing from the jar: " + RESOURCE);
      }
      JsonNode doc = new ObjectMapper().readTree(in);
      JsonSchema schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(doc);
      return new MappingSchema(doc, schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

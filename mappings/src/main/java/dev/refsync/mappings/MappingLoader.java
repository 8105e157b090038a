package dev.refsync.mappings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.RecordKind;
import dev.refsync.mappings.spec.RecordSource;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.spec.WriteBackKind;
import dev.refsync.mappings.spec.WriteTarget;
import dev.refsync.mappings.validate.InvalidMappingException;
import dev.refsync.mappings.validate.MappingValidator;
import dev.refsync.mappings.validate.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Loads a mapping file: validates it (every problem at once), then binds it to the spec. */
public final class MappingLoader {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private MappingLoader() {}

  /**
   * Loads and validates a file.
   *
   * @throws InvalidMappingException listing every problem when the file is invalid
   * @throws UncheckedIOException when the file cannot be read
   */
  public static MappingSpec load(Path file) {
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read mapping file " + file, e);
    }
  }

  /**
   * Validates and binds YAML text.
   *
   * @param sourceName the name printed in problems
   * @throws InvalidMappingException listing every problem when the text is invalid
   */
  public static MappingSpec parse(String sourceName, String yaml) {
    MappingValidator.Result result = new MappingValidator().validate(sourceName, yaml);
    if (!result.valid()) {
      throw new InvalidMappingException(result.problems());
    }
    return bind(sourceName, result.tree().root());
  }

  private static MappingSpec bind(String sourceName, JsonNode root) {
    try {
      SystemName system = SystemName.fromYamlName(root.path("system").asText()).orElseThrow();
      Map<RecordKind, List<RecordSource>> records = new EnumMap<>(RecordKind.class);
      for (RecordKind kind : RecordKind.values()) {
        JsonNode sources = root.path("records").path(kind.yamlName());
        if (sources.isArray()) {
          records.put(kind, List.of(JSON.treeToValue(sources, RecordSource[].class)));
        }
      }
      Map<WriteBackKind, WriteTarget> writeBack = new EnumMap<>(WriteBackKind.class);
      for (WriteBackKind kind : WriteBackKind.values()) {
        JsonNode target = root.path("writeBack").path(kind.yamlName());
        if (target.isObject()) {
          writeBack.put(kind, JSON.treeToValue(target, WriteTarget.class));
        }
      }
      return new MappingSpec(root.path("version").asInt(), system, records, writeBack);
    } catch (JsonProcessingException e) {
      // The schema accepted what the binder rejects: the schema and the spec records disagree.
      List<Problem> problems = new ArrayList<>();
      problems.add(
          new Problem(sourceName, 1, 1, "cannot read mapping: " + e.getOriginalMessage(), null));
      throw new InvalidMappingException(problems);
    }
  }
}

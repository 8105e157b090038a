package dev.refsync.mappings.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.mappings.CanonicalJson;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: each {@code golden/<system>/<name>.json} is a vendor record as the API returns it;
 * {@code <name>.expected.json} is what the default mapping must make of it; {@code
 * <name>.associations.json}, when present, is what the adapter supplies. HubSpot records do not
 * name their object, so their file names start with it ({@code deals-...}).
 *
 * <p>Run with {@code -Dgolden.update=true} to write missing expected files; review them before
 * committing.
 */
class DefaultMappingGoldenTest {
  private static final ObjectMapper JSON = VendorJson.mapper();
  private static final Path ROOT = Path.of("src/test/resources/golden");

  @TestFactory
  Stream<DynamicTest> defaultMappingsProduceTheGoldenCanonicalRecords() throws IOException {
    return Stream.of(SystemName.values()).flatMap(this::goldenTests);
  }

  private Stream<DynamicTest> goldenTests(SystemName system) {
    RecordMapper mapper = new RecordMapper(DefaultMappings.load(system));
    try {
      List<Path> inputs;
      try (Stream<Path> files = Files.list(ROOT.resolve(system.yamlName()))) {
        inputs =
            files
                .filter(p -> p.toString().endsWith(".json"))
                .filter(p -> !p.toString().endsWith(".expected.json"))
                .filter(p -> !p.toString().endsWith(".associations.json"))
                .sorted()
                .toList();
      }
      assertThat(inputs).as("golden inputs for " + system).isNotEmpty();
      return inputs.stream()
          .map(
              input ->
                  DynamicTest.dynamicTest(
                      system.yamlName() + "/" + input.getFileName(),
                      () -> check(system, mapper, input)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void check(SystemName system, RecordMapper mapper, Path input) throws IOException {
    JsonNode record = JSON.readTree(input.toFile());
    String base = input.getFileName().toString().replaceFirst("\\.json$", "");
    String objectType =
        ObjectTypes.declared(system, record).orElseGet(() -> base.substring(0, base.indexOf('-')));
    Path assocFile = input.resolveSibling(base + ".associations.json");
    MappingContext context =
        Files.exists(assocFile)
            ? new MappingContext(
                JSON.readValue(
                    assocFile.toFile(), new TypeReference<Map<String, List<String>>>() {}))
            : MappingContext.empty();

    JsonNode actual = CanonicalJson.toJson(mapper.map(objectType, record, context));

    Path expectedFile = input.resolveSibling(base + ".expected.json");
    if (!Files.exists(expectedFile) && Boolean.getBoolean("golden.update")) {
      Files.writeString(expectedFile, CanonicalJson.print(actual) + "\n", StandardCharsets.UTF_8);
    }
    assertThat(expectedFile).as("expected output (run with -Dgolden.update=true)").exists();
    JsonNode expected = JSON.readTree(expectedFile.toFile());
    assertThat(actual).as(CanonicalJson.print(actual)).isEqualTo(expected);
  }
}

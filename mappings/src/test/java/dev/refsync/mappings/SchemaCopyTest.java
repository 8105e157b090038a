package dev.refsync.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The schema is published twice: in the jar (the validator's copy) and at the repository root
 * ({@code schemas/}, for editors). The jar's copy is the source of truth; this test keeps the other
 * identical.
 */
class SchemaCopyTest {

  @Test
  void repositoryCopyOfTheSchemaIsIdenticalToTheValidatorsCopy() throws Exception {
    String inJar = DefaultMappings.text(DefaultMappings.schemaFileName());
    Path published = Path.of("..", "schemas", DefaultMappings.schemaFileName());
    assertThat(published).exists();
    assertThat(Files.readString(published))
        .as(
            "copy mappings/src/main/resources/dev/refsync/mappings/%s to schemas/",
            DefaultMappings.schemaFileName())
        .isEqualTo(inJar);
  }
}

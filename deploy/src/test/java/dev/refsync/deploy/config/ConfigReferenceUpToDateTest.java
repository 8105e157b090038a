package dev.refsync.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code docs/configuration.md} is what {@link ConfigReference} renders from the code
 * today. With {@code -Drefsync.docs.update=true} the test rewrites the file instead of failing,
 * which is the regeneration command.
 */
class ConfigReferenceUpToDateTest {
  private static final String REGENERATE =
      "./mvnw -o -pl deploy -am test -Dtest=ConfigReferenceUpToDateTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Drefsync.docs.update=true";

  @Test
  void docsConfigurationMdMatchesTheConfigRecords() throws IOException {
    Path docs = RepositoryRoot.find().resolve(ConfigReference.DOCS_PATH);
    String rendered = ConfigReference.render();
    if (Boolean.getBoolean("refsync.docs.update")) {
      Files.createDirectories(docs.getParent());
      Files.writeString(docs, rendered, StandardCharsets.UTF_8);
    }
    assertThat(docs).as("%s is missing; generate it with: %s", docs, REGENERATE).exists();
    assertThat(Files.readString(docs, StandardCharsets.UTF_8))
        .as(
            "%s is out of date with the config records' @Doc; regenerate it with: %s",
            docs, REGENERATE)
        .isEqualTo(rendered);
  }
}

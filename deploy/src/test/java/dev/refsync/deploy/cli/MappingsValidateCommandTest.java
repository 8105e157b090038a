package dev.refsync.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingsValidateCommandTest {

  @Test
  void defaultFilesAreValid(@TempDir Path dir) {
    Cli.run("mappings", "init", dir.toString());
    Cli result =
        Cli.run(
            "mappings",
            "validate",
            dir.resolve("salesforce.yaml").toString(),
            dir.resolve("hubspot.yaml").toString(),
            dir.resolve("stripe.yaml").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("salesforce.yaml: OK", "hubspot.yaml: OK", "stripe.yaml: OK");
  }

  @Test
  void yamlErrorExitsTwoAndNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "version: 1\nsystem: stripe\nrecords:\n  churn: [\n");
    Cli result = Cli.run("mappings", "validate", file.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .containsPattern(
            java.util.regex.Pattern.quote(file.toString()) + ":5:\\d+: YAML syntax error");
  }

  @Test
  void unknownKeyExitsTwoAndNamesFileLineAndHint(@TempDir Path dir) throws Exception {
    Cli.run("mappings", "init", dir.toString());
    Path file = dir.resolve("stripe.yaml");
    Files.writeString(file, Files.readString(file).replace("  payment:\n", "  payments:\n"));
    Cli result = Cli.run("mappings", "validate", file.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .containsPattern(
            java.util.regex.Pattern.quote(file.toString())
                + ":\\d+:3: unknown key 'payments' in records")
        .contains("hint: did you mean 'payment'?");
  }

  @Test
  void missingFileArgumentIsAUsageError() {
    assertThat(Cli.run("mappings", "validate").exitCode()).isEqualTo(2);
  }
}

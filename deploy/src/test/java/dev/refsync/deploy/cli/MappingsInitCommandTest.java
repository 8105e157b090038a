package dev.refsync.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingsInitCommandTest {

  @Test
  void copiesTheDefaultsAndRefusesToOverwriteWithoutForce(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("mappings");

    Cli first = Cli.run("mappings", "init", dir.toString());
    assertThat(first.exitCode()).isZero();
    assertThat(dir.resolve("salesforce.yaml")).exists();
    assertThat(dir.resolve("hubspot.yaml")).exists();
    assertThat(dir.resolve("stripe.yaml")).exists();
    assertThat(dir.resolve("refsync-mapping.schema.json")).exists();
    assertThat(Files.readString(dir.resolve("salesforce.yaml")))
        .startsWith("# yaml-language-server: $schema=refsync-mapping.schema.json");

    Files.writeString(dir.resolve("hubspot.yaml"), "edited by revops");
    Cli again = Cli.run("mappings", "init", dir.toString());
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("hubspot.yaml: already exists", "--force");
    assertThat(Files.readString(dir.resolve("hubspot.yaml"))).isEqualTo("edited by revops");

    Cli forced = Cli.run("mappings", "init", "--force", dir.toString());
    assertThat(forced.exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("hubspot.yaml"))).contains("system: hubspot");
  }
}

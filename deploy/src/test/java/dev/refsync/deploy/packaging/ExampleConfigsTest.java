package dev.refsync.deploy.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.plans.PlansConfig;
import dev.refsync.core.plans.PlansLoader;
import dev.refsync.deploy.config.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The example configurations admins copy (deploy/examples and the chart's default) use only keys
 * the config records have, read every secret from a file, and carry a plans file that loads.
 */
class ExampleConfigsTest {
  private final Path examples = RepositoryRoot.find().resolve("deploy/examples");

  @Test
  void theProductionExampleDeclaresAllThreeSystemsOnPostgresql() throws IOException {
    String yaml = Files.readString(examples.resolve("refsync.yaml"));
    assertThat(RefsyncYamlKeys.problems(yaml)).isEmpty();
    Object config = new Yaml().load(yaml);
    assertThat((String) HelmChart.at(config, "refsync.store.jdbc-url"))
        .startsWith("jdbc:postgresql:");
    Map<String, Object> connections = HelmChart.map(config, "refsync.connections");
    assertThat(connections.values())
        .extracting(c -> (Object) ((Map<?, ?>) c).get("type"))
        .containsExactlyInAnyOrder("salesforce", "hubspot", "stripe");
  }

  @Test
  void theMinimalExampleUsesTheEmbeddedStore() throws IOException {
    String yaml = Files.readString(examples.resolve("refsync-h2-minimal.yaml"));
    assertThat(RefsyncYamlKeys.problems(yaml)).isEmpty();
    assertThat(HelmChart.map(new Yaml().load(yaml), "refsync")).doesNotContainKey("store");
  }

  @Test
  void theChartDefaultMatchesTheRecordsToo() throws IOException {
    Map<String, Object> values =
        new Yaml().load(Files.readString(HelmChart.DIR.resolve("values.yaml")));
    String yaml = (String) HelmChart.map(values, "config").get("refsync.yaml");
    assertThat(RefsyncYamlKeys.problems(yaml)).isEmpty();
  }

  @Test
  void theExamplePlansLoad() {
    PlansConfig plans = PlansLoader.load(examples.resolve("plans.yaml"));
    assertThat(plans.plans()).hasSize(3);
  }

  @Test
  void aMisspeltKeyAnInlineSecretAndAMissingRequiredKeyAreCaught() {
    String yaml =
        """
        refsync:
          plans: /etc/refsync/plans.yaml
          store: {jdbc-url: "jdbc:h2:mem:x", pasword: x}
          connections:
            sf: {type: salesforce, login-url: https://login.salesforce.com, username: u, private-key: pem}
            hs: {type: hubspot, client-id-file: /x}
        """;
    assertThat(RefsyncYamlKeys.problems(yaml))
        .containsExactlyInAnyOrder(
            "refsync.store.pasword: unknown key of StoreConfig",
            "refsync.connections.sf.private-key: secret written inline; use private-key-file",
            "refsync.connections.sf.client-id: required by SalesforceConfig but missing",
            "refsync.connections.hs.client-id-file: unknown key of HubSpotConfig",
            "refsync.connections.hs.private-app-token: required by HubSpotConfig but missing");
  }
}

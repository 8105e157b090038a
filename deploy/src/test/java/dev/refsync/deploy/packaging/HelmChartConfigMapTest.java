package dev.refsync.deploy.packaging;

import static dev.refsync.deploy.packaging.HelmChart.at;
import static dev.refsync.deploy.packaging.HelmChart.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The ConfigMap carries refsync.yaml, plans.yaml and the mapping overrides, and the default
 * refsync.yaml only points at files the Deployment mounts.
 */
class HelmChartConfigMapTest {
  private final HelmChart.Rendered production = HelmChart.template("helm-values-production.yaml");

  @Test
  void holdsTheConfigurationFilesAndNoCredential() {
    Map<String, Object> data = map(production.one("ConfigMap"), "data");
    assertThat(data).containsOnlyKeys("refsync.yaml", "plans.yaml", "mapping-hubspot.yaml");
    assertThat((String) data.get("mapping-hubspot.yaml")).isEqualTo("system: hubspot\n");
    assertThat(data.values())
        .allSatisfy(
            file ->
                assertThat((String) file)
                    .doesNotContainPattern("(sk|rk)_(live|test)_|whsec_|PRIVATE KEY"));
  }

  @Test
  void theDefaultRefsyncYamlReadsFilesTheDeploymentMounts() {
    Map<String, Object> data = map(production.one("ConfigMap"), "data");
    Object refsyncYaml = new Yaml().load((String) data.get("refsync.yaml"));
    assertThat(at(refsyncYaml, "refsync.plans")).isEqualTo("/etc/refsync/plans.yaml");
    assertThat(at(refsyncYaml, "refsync.mappings-dir")).isEqualTo("/etc/refsync/mappings");
    List<String> secretFiles = new ArrayList<>();
    collectSecretFiles(refsyncYaml, secretFiles);
    assertThat(secretFiles)
        .isNotEmpty()
        .allSatisfy(path -> assertThat(path).startsWith("/run/secrets/refsync/"));
    assertThat(HelmChartDeploymentTest.mounts(HelmChartDeploymentTest.container(production)))
        .containsKeys("/etc/refsync", "/run/secrets/refsync");
  }

  @Test
  void theDefaultPlansParse() {
    Object plans =
        new Yaml().load((String) map(production.one("ConfigMap"), "data").get("plans.yaml"));
    assertThat(at(plans, "rules.model")).isEqualTo("LAST_REFERRAL");
    assertThat(at(plans, "plans.0.id")).isEqualTo("customer-acv");
  }

  /** Every value of a key ending in {@code -file}: the secrets refsync.yaml reads from disk. */
  private static void collectSecretFiles(Object node, List<String> into) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) -> {
            if (key.toString().endsWith("-file")) {
              into.add(value.toString());
            } else {
              collectSecretFiles(value, into);
            }
          });
    }
  }
}

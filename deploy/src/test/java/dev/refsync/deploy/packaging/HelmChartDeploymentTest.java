package dev.refsync.deploy.packaging;

import static dev.refsync.deploy.packaging.HelmChart.at;
import static dev.refsync.deploy.packaging.HelmChart.list;
import static dev.refsync.deploy.packaging.HelmChart.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Deployment {@code helm template} renders: probes, security, mounts, secrets, replicas. */
class HelmChartDeploymentTest {
  private final HelmChart.Rendered defaults = HelmChart.template(null);
  private final HelmChart.Rendered production = HelmChart.template("helm-values-production.yaml");

  @Test
  void rendersTheObjectsOfARelease() {
    assertThat(defaults.objects())
        .extracting(o -> (String) o.get("kind"))
        .containsExactlyInAnyOrder("ServiceAccount", "ConfigMap", "Service", "Deployment");
    assertThat(list(defaults.one("Service"), "spec.ports"))
        .singleElement()
        .isEqualTo(Map.of("name", "http", "port", 8080, "targetPort", "http", "protocol", "TCP"));
  }

  @Test
  void probesHitTheHealthGroupsOnTheHttpPortAndManagementStaysOnLocalhost() {
    Map<String, Object> container = container(defaults);
    assertThat(at(container, "livenessProbe.httpGet"))
        .isEqualTo(Map.of("path", "/livez", "port", "http"));
    assertThat(at(container, "readinessProbe.httpGet"))
        .isEqualTo(Map.of("path", "/readyz", "port", "http"));
    assertThat(at(container, "startupProbe.httpGet"))
        .isEqualTo(Map.of("path", "/livez", "port", "http"));
    assertThat(list(container, "ports"))
        .contains(
            Map.of("name", "management", "containerPort", 8081, "protocol", "TCP"),
            Map.of("name", "http", "containerPort", 8080, "protocol", "TCP"));
    assertThat(env(container))
        .containsEntry("MANAGEMENT_SERVER_PORT", "8081")
        .doesNotContainKey("MANAGEMENT_SERVER_ADDRESS")
        .containsEntry("REFSYNC_CONFIG", "/etc/refsync/refsync.yaml");
  }

  @Test
  void runsNonRootOnAReadOnlyRootWithAWritableTmp() {
    Map<String, Object> pod = map(defaults.one("Deployment"), "spec.template.spec");
    assertThat(map(pod, "securityContext"))
        .containsEntry("runAsNonRoot", true)
        .containsEntry("runAsUser", 10001);
    Map<String, Object> container = container(defaults);
    assertThat(map(container, "securityContext"))
        .containsEntry("readOnlyRootFilesystem", true)
        .containsEntry("allowPrivilegeEscalation", false)
        .containsEntry("capabilities", Map.of("drop", List.of("ALL")));
    assertThat(mounts(container))
        .containsEntry("/tmp", "tmp")
        .containsEntry("/var/lib/refsync", "data");
    assertThat(volume(defaults, "tmp")).containsKey("emptyDir");
    assertThat(volume(defaults, "data")).containsEntry("emptyDir", Map.of());
    assertThat(at(pod, "automountServiceAccountToken")).isEqualTo(false);
    assertThat(at(pod, "terminationGracePeriodSeconds")).isEqualTo(120);
  }

  @Test
  void mountsTheConfigReadOnlyAndTheExistingSecretOnlyWhenGiven() {
    assertThat(mounts(container(defaults)))
        .containsEntry("/etc/refsync", "config")
        .doesNotContainKey("/run/secrets/refsync");

    Map<String, Object> container = container(production);
    assertThat(mounts(container))
        .containsEntry("/etc/refsync", "config")
        .containsEntry("/run/secrets/refsync", "secrets");
    assertThat(list(container, "volumeMounts"))
        .filteredOn(m -> m.get("name").equals("secrets"))
        .singleElement()
        .satisfies(m -> assertThat(m).containsEntry("readOnly", true));
    assertThat(volume(production, "secrets"))
        .containsEntry("secret", Map.of("secretName", "refsync-secrets", "defaultMode", 0440));
    assertThat(list(volume(production, "config"), "configMap.items"))
        .containsExactly(
            Map.of("key", "refsync.yaml", "path", "refsync.yaml"),
            Map.of("key", "plans.yaml", "path", "plans.yaml"),
            Map.of("key", "mapping-hubspot.yaml", "path", "mappings/hubspot.yaml"));
  }

  @Test
  void valuesReachThePod() {
    assertThat(at(defaults.one("Deployment"), "spec.replicas")).isEqualTo(1);
    assertThat(at(production.one("Deployment"), "spec.replicas")).isEqualTo(2);
    Map<String, Object> container = container(production);
    assertThat(env(container)).containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
    assertThat(at(container, "image")).isEqualTo("refsync:0.1.0");
    assertThat(at(container, "args"))
        .isEqualTo(List.of("run", "--config", "/etc/refsync/refsync.yaml"));
    assertThat(at(container, "resources.limits.memory")).isEqualTo("1Gi");
  }

  static Map<String, Object> container(HelmChart.Rendered rendered) {
    return map(rendered.one("Deployment"), "spec.template.spec.containers.0");
  }

  static Map<String, String> mounts(Map<String, Object> container) {
    List<Map<String, Object>> mounts = list(container, "volumeMounts");
    return mounts.stream()
        .collect(
            java.util.stream.Collectors.toMap(
                m -> (String) m.get("mountPath"), m -> (String) m.get("name")));
  }

  static Map<String, Object> volume(HelmChart.Rendered rendered, String name) {
    List<Map<String, Object>> volumes =
        list(rendered.one("Deployment"), "spec.template.spec.volumes");
    return volumes.stream()
        .filter(v -> name.equals(v.get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no volume " + name + " in " + volumes));
  }

  static Map<String, String> env(Map<String, Object> container) {
    List<Map<String, Object>> env = list(container, "env");
    return env.stream()
        .collect(
            java.util.stream.Collectors.toMap(
                e -> (String) e.get("name"), e -> String.valueOf(e.get("value"))));
  }
}

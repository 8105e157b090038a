package dev.refsync.deploy.packaging;

import static dev.refsync.deploy.packaging.HelmChart.at;
import static dev.refsync.deploy.packaging.HelmChart.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The chart keeps one writer per embedded H2 file: it refuses two replicas without PostgreSQL, and
 * a persistent H2 volume switches the Deployment to Recreate.
 */
class HelmChartStoreGuardTest {
  @Test
  void refusesTwoReplicasOnTheEmbeddedH2File() {
    assertThatThrownBy(() -> HelmChart.template("helm-values-h2-two-replicas.yaml"))
        .hasMessageContaining("replicaCount > 1 needs PostgreSQL as the store");
  }

  @Test
  void aPersistentH2VolumeIsClaimedAndNeverSharedDuringARollout() {
    HelmChart.Rendered rendered = HelmChart.template("helm-values-h2-persistent.yaml");
    Map<String, Object> deployment = rendered.one("Deployment");
    assertThat(at(deployment, "spec.strategy.type")).isEqualTo("Recreate");
    assertThat(HelmChartDeploymentTest.volume(rendered, "data"))
        .containsEntry("persistentVolumeClaim", Map.of("claimName", "refsync"));
    Map<String, Object> claim = rendered.one("PersistentVolumeClaim");
    assertThat(at(claim, "metadata.name")).isEqualTo("refsync");
    assertThat(map(claim, "spec.resources.requests")).containsEntry("storage", "5Gi");
  }

  @Test
  void withoutPersistenceTheRolloutIsRollingAndNothingIsClaimed() {
    HelmChart.Rendered rendered = HelmChart.template(null);
    assertThat(map(rendered.one("Deployment"), "spec")).doesNotContainKey("strategy");
    assertThat(rendered.all("PersistentVolumeClaim")).isEmpty();
  }
}

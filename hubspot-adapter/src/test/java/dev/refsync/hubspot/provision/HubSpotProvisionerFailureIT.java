package dev.refsync.hubspot.provision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.hubspot.provision.ProvisioningAction.CreatePropertyGroup;
import dev.refsync.hubspot.provision.ProvisioningAction.CreateSchema;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A refused create is reported, the others still run, and the next run completes the rest. */
class HubSpotProvisionerFailureIT {
  private final ProvisioningHarness h = new ProvisioningHarness();

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void aRefusedGroupIsReportedWithItsPropertiesAndTheNextRunFinishes() {
    h.hubspot.faults().failNext(1, 400, "properties.groups.create");

    List<ProvisioningResult> first = h.provisioner.apply();

    assertThat(first).hasSize(7);
    assertThat(first.get(0).action()).isInstanceOf(CreatePropertyGroup.class);
    assertThat(first.get(0).created()).isFalse();
    assertThat(first.subList(1, 6))
        .allSatisfy(r -> assertThat(r.error()).contains("Property group 'refsync' does not exist"));
    assertThat(first.get(6))
        .satisfies(
            r -> {
              assertThat(r.action()).isInstanceOf(CreateSchema.class);
              assertThat(r.created()).isTrue();
            });

    List<ProvisioningResult> second = h.provisioner.apply();

    assertThat(second).hasSize(6).allSatisfy(r -> assertThat(r.created()).isTrue());
    assertThat(h.provisioner.plan()).isEmpty();
  }
}

package dev.refsync.hubspot.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.sandbox.hubspot.SeedSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A small seeded portal through pull, engine and push, then a cycle with no change. */
class HubSpotPipelineHappyPathIT {

  @Test
  void referralsSyncAndASecondCycleWritesNothing() {
    try (PipelineHarness h = PipelineHarness.unthrottled()) {
      h.seed(new SeedSpec(7L, 40, 200, 120), 4, 15);
      h.cycle();
      PortalAssertions.assertWrittenBack(h);

      Map<String, Long> before = h.hubspot.requestCounts();
      h.cycle();
      Map<String, Long> after = h.hubspot.requestCounts();
      long searches = after.get("objects.search") - before.get("objects.search");
      assertThat(searches).isEqualTo(3);
      after.forEach(
          (endpoint, n) -> {
            if (!endpoint.equals("objects.search")) {
              assertThat(n).as(endpoint).isEqualTo(before.getOrDefault(endpoint, 0L));
            }
          });
      PortalAssertions.assertWrittenBack(h);
    }
  }
}

package dev.refsync.hubspot.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

/** Assertions on the emulator's request counters around one daemon cycle. */
final class CycleAssertions {
  private static final Set<String> WRITES =
      Set.of(
          "objects.batch.update",
          "objects.batch.upsert",
          "objects.batch.create",
          "objects.update",
          "objects.create",
          "associations.batch.create");

  private CycleAssertions() {}

  /** Runs a cycle and checks that it sent no write request. */
  static Map<String, Long> assertCycleWritesNothing(PipelineHarness h) {
    Map<String, Long> before = h.hubspot.requestCounts();
    h.cycle();
    Map<String, Long> after = h.hubspot.requestCounts();
    for (String write : WRITES) {
      assertThat(after.getOrDefault(write, 0L)).as(write).isEqualTo(before.getOrDefault(write, 0L));
    }
    return before;
  }

  /** Runs a cycle and checks it made one search per object type and no other request. */
  static void assertQuietCycle(PipelineHarness h, int objectTypes) {
    Map<String, Long> before = h.hubspot.requestCounts();
    h.cycle();
    Map<String, Long> after = h.hubspot.requestCounts();
    assertThat(after.get("objects.search") - before.get("objects.search")).isEqualTo(objectTypes);
    after.forEach(
        (endpoint, n) -> {
          if (!endpoint.equals("objects.search")) {
            assertThat(n).as(endpoint).isEqualTo(before.getOrDefault(endpoint, 0L));
          }
        });
  }
}

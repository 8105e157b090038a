package dev.refsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HubSpotTimesTest {

  @Test
  void formatsWithMillisecondsAlways() {
    assertThat(HubSpotTimes.format(Instant.parse("2026-01-02T03:04:05Z")))
        .isEqualTo("2026-01-02T03:04:05.000Z");
  }

  @Test
  void parsesEpochMillisIsoInstantsOffsetsAndPlainDates() {
    Instant t = Instant.parse("2026-01-02T03:04:05.678Z");

    assertThat(HubSpotTimes.parse(Long.toString(t.toEpochMilli()))).contains(t);
    assertThat(HubSpotTimes.parse("2026-01-02T03:04:05.678Z")).contains(t);
    assertThat(HubSpotTimes.parse("2026-01-02T04:04:05.678+01:00")).contains(t);
    assertThat(HubSpotTimes.parse("2026-01-02")).contains(Instant.parse("2026-01-02T00:00:00Z"));
  }

  @Test
  void rejectsText() {
    assertThat(HubSpotTimes.parse("yesterday")).isEmpty();
    assertThat(HubSpotTimes.parse("")).isEmpty();
  }
}

package dev.refsync.salesforce.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiUsageTest {
  @Test
  void readsApiUsageAmongOtherEntries() {
    assertThat(ApiUsage.parse("api-usage=25/15000")).contains(new ApiUsage(25, 15000));
    assertThat(ApiUsage.parse("per-app-api-usage=2/250(appName=sync); api-usage=18/5000"))
        .contains(new ApiUsage(18, 5000));
    assertThat(new ApiUsage(18, 5000).remaining()).isEqualTo(4982);
  }

  @Test
  void noApiUsageEntryGivesNothing() {
    assertThat(ApiUsage.parse(null)).isEmpty();
    assertThat(ApiUsage.parse("per-app-api-usage=2/250(appName=sync)")).isEmpty();
  }
}

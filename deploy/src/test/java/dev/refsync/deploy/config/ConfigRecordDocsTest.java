package dev.refsync.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.config.ConfigDocs;
import org.junit.jupiter.api.Test;

/** DESIGN 11: every component of every documented config record has a non-blank doc. */
class ConfigRecordDocsTest {
  @Test
  void everyComponentOfEveryConfigRecordIsDocumented() {
    assertThat(ConfigReference.sections())
        .extracting(ConfigSection::type)
        .flatExtracting(ConfigDocs::undocumented)
        .isEmpty();
  }

  @Test
  void theReferenceCoversTheConfigRecordsOfEveryModule() {
    assertThat(ConfigReference.sections())
        .extracting(section -> section.type().getSimpleName())
        .containsExactlyInAnyOrder(
            "StoreConfig",
            "Schedules",
            "PushPolicy",
            "SalesforceConfig",
            "HubSpotConfig",
            "StripeConfig");
  }
}

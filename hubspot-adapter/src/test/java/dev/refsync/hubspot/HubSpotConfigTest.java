package dev.refsync.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.refsync.core.config.ConfigDocs;
import dev.refsync.core.config.ConfigProblem;
import dev.refsync.core.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class HubSpotConfigTest {

  private static final String TOKEN = "pat-na1-11111111-2222-3333-4444-555555555555";

  @Test
  void everyComponentHasADoc() {
    assertThat(ConfigDocs.undocumented(HubSpotConfig.class)).isEmpty();
  }

  @Test
  void theDefaultsAreValidAndFollowVendorFacts() {
    HubSpotConfig config = HubSpotConfig.defaults(Secret.of(TOKEN));

    assertThat(config.validate()).isEmpty();
    assertThat(config.baseUrl()).isEqualTo(URI.create("https://api.hubapi.com"));
    assertThat(config.burstLimit()).isEqualTo(100);
    assertThat(config.burstInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.searchRequestsPerSecond()).isEqualTo(5);
  }

  @Test
  void validateReportsEveryProblemAtOnce() {
    HubSpotConfig broken =
        new HubSpotConfig(
            URI.create("ftp:relative"),
            Secret.of(""),
            -3L,
            null,
            0,
            Duration.ZERO,
            -1,
            0,
            Duration.ofSeconds(2),
            Duration.ofSeconds(1),
            Duration.ofSeconds(-1),
            null,
            null,
            Duration.ofSeconds(-5));

    assertThat(broken.validate())
        .extracting(ConfigProblem::key)
        .containsExactly(
            "hubspot.baseUrl",
            "hubspot.privateAppToken",
            "hubspot.portalId",
            "hubspot.portalTimeZone",
            "hubspot.burstLimit",
            "hubspot.searchRequestsPerSecond",
            "hubspot.retryMaxAttempts",
            "hubspot.burstInterval",
            "hubspot.connectTimeout",
            "hubspot.readTimeout",
            "hubspot.webhookClientSecret",
            "hubspot.searchSettle",
            "hubspot.retryMaxBackoff");
    assertThat(broken.validate())
        .allSatisfy(
            p -> {
              assertThat(p.message()).isNotBlank();
              assertThat(p.hint()).isNotBlank();
            });
  }

  @Test
  void severalBadFieldsAreReportedTogetherWithTheirKeysAndHints() {
    HubSpotConfig broken =
        HubSpotConfig.defaults(Secret.of(""))
            .withBaseUrl(null)
            .withRetry(0, Duration.ofSeconds(1), Duration.ofMillis(1));

    assertThat(broken.validate())
        .extracting(ConfigProblem::key, ConfigProblem::message)
        .containsExactly(
            tuple("hubspot.baseUrl", "is missing"),
            tuple("hubspot.privateAppToken", "is missing"),
            tuple("hubspot.retryMaxAttempts", "must be at least 1, was 0"),
            tuple(
                "hubspot.retryMaxBackoff",
                "is shorter than retryBaseBackoff (PT1S), was PT0.001S"));
    assertThat(broken.validate())
        .anySatisfy(p -> assertThat(p.hint()).contains("Private Apps"))
        .anySatisfy(p -> assertThat(p.hint()).contains("https://api.hubapi.com"));
  }

  @Test
  void toStringNeverShowsTheSecrets() {
    HubSpotConfig config =
        HubSpotConfig.defaults(Secret.of(TOKEN))
            .withWebhookClientSecret(Secret.of("webhook-client-secret-value"))
            .withPortal(12345L, ZoneId.of("Europe/Berlin"));

    assertThat(config.toString())
        .doesNotContain(TOKEN)
        .doesNotContain("webhook-client-secret-value")
        .contains("privateAppToken=****")
        .contains("webhookClientSecret=****")
        .contains("portalId=12345");
  }
}

package dev.refsync.stripe.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.config.ConfigDocs;
import dev.refsync.core.config.Secret;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StripeConfigTest {
  private static final String KEY = "sk_test_51Hvery_secret_key_value";
  private static final String WHSEC = "whsec_top_secret_signing";

  private static StripeConfig valid() {
    return StripeConfig.defaults(Secret.of(KEY), Secret.of(WHSEC));
  }

  @Test
  void defaultsAreValidAndFollowStripe() {
    StripeConfig c = valid();
    assertThat(c.validate()).isEmpty();
    assertThat(c.apiBase()).isEqualTo("https://api.stripe.com");
    assertThat(c.webhookTolerance()).isEqualTo(Duration.ofSeconds(300));
    assertThat(c.eventsPageSize()).isEqualTo(100);
    assertThat(c.eventRetention()).isEqualTo(Duration.ofDays(30));
    assertThat(c.accountIdMetadataKey()).isEqualTo("refsync_account_id");
  }

  @Test
  void validateReportsEveryProblemAtOnce() {
    StripeConfig bad =
        new StripeConfig(
            Secret.of("pk_test_publishable"),
            "ftp://example",
            Secret.of(""),
            Duration.ZERO,
            -1,
            Duration.ofSeconds(-1),
            null,
            101,
            Duration.ofDays(31),
            "k".repeat(41));
    assertThat(bad.validate())
        .hasSize(10)
        .anyMatch(p -> p.startsWith("stripe.secretKey:"))
        .anyMatch(p -> p.startsWith("stripe.apiBase:"))
        .anyMatch(p -> p.startsWith("stripe.webhookSigningSecret:"))
        .anyMatch(p -> p.startsWith("stripe.webhookTolerance:"))
        .anyMatch(p -> p.startsWith("stripe.maxNetworkRetries:"))
        .anyMatch(p -> p.startsWith("stripe.connectTimeout:"))
        .anyMatch(p -> p.startsWith("stripe.readTimeout:"))
        .anyMatch(p -> p.startsWith("stripe.eventsPageSize:"))
        .anyMatch(p -> p.startsWith("stripe.eventRetention:"))
        .anyMatch(p -> p.startsWith("stripe.accountIdMetadataKey:"));
  }

  @Test
  void validationMessagesNeverEchoTheSecrets() {
    StripeConfig bad =
        new StripeConfig(
            Secret.of("xx_" + KEY),
            "https://api.stripe.com",
            Secret.of("nowhsec_" + WHSEC),
            Duration.ofSeconds(300),
            2,
            Duration.ofSeconds(30),
            Duration.ofSeconds(80),
            100,
            Duration.ofDays(30),
            "refsync_account_id");
    assertThat(bad.validate()).hasSize(2).noneMatch(p -> p.contains(KEY) || p.contains(WHSEC));
  }

  @Test
  void toStringMasksBothSecrets() {
    String text = valid().toString();
    assertThat(text).doesNotContain(KEY).doesNotContain(WHSEC).contains("secretKey=****");
    assertThat(text)
        .contains("webhookSigningSecret=****")
        .contains("apiBase=https://api.stripe.com");
  }

  @Test
  void everyComponentIsDocumented() {
    assertThat(ConfigDocs.undocumented(StripeConfig.class)).isEmpty();
    assertThat(ConfigDocs.of(StripeConfig.class)).hasSize(10);
  }

  @Test
  void clientsAreOnlyBuiltFromAValidConfig() {
    assertThat(StripeClients.create(valid())).isNotNull();
    assertThatThrownBy(() -> StripeClients.create(valid().withEventsPageSize(0).withApiBase("")))
        .isInstanceOfSatisfying(
            InvalidStripeConfigException.class, e -> assertThat(e.problems()).hasSize(2))
        .hasMessageNotContaining(KEY);
  }
}

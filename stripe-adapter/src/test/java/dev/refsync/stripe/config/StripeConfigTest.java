package dev.refsync.stripe.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.refsync.core.config.ConfigDocs;
import dev.refsync.core.config.ConfigProblem;
import dev.refsync.core.config.InvalidConfigException;
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
        .extracting(ConfigProblem::key)
        .containsExactly(
            "stripe.secretKey",
            "stripe.apiBase",
            "stripe.webhookSigningSecret",
            "stripe.webhookTolerance",
            "stripe.maxNetworkRetries",
            "stripe.connectTimeout",
            "stripe.readTimeout",
            "stripe.eventsPageSize",
            "stripe.eventRetention",
            "stripe.accountIdMetadataKey");
    assertThat(bad.validate()).allSatisfy(p -> assertThat(p.hint()).isNotBlank());
  }

  @Test
  void severalBadFieldsAreReportedTogetherWithTheirKeysAndHints() {
    StripeConfig bad =
        valid().withSecretKey(null).withApiBase("not a url").withMaxNetworkRetries(-2);

    assertThat(bad.validate())
        .extracting(ConfigProblem::key, ConfigProblem::message)
        .containsExactly(
            tuple("stripe.secretKey", "is missing"),
            tuple("stripe.apiBase", "is not a URL (Illegal character in path), was not a url"),
            tuple("stripe.maxNetworkRetries", "must be at least 0, was -2"));
    assertThat(bad.validate())
        .anySatisfy(p -> assertThat(p.hint()).contains("sk_"))
        .anySatisfy(p -> assertThat(p.hint()).contains("https://api.stripe.com"));
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
    assertThat(bad.validate())
        .extracting(ConfigProblem::key)
        .containsExactly("stripe.secretKey", "stripe.webhookSigningSecret");
    assertThat(bad.validate())
        .extracting(ConfigProblem::toString)
        .noneMatch(p -> p.contains(KEY) || p.contains(WHSEC));
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
            InvalidConfigException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ConfigProblem::key)
                    .containsExactly("stripe.apiBase", "stripe.eventsPageSize"))
        .hasMessageNotContaining(KEY);
  }
}

package dev.refsync.salesforce.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.refsync.core.config.ConfigDocs;
import dev.refsync.core.config.ConfigProblem;
import dev.refsync.core.config.InvalidConfigException;
import dev.refsync.core.config.Secret;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SalesforceConfigTest {
  private static final String KEY =
      "-----BEGIN PRIVATE KEY-----\nMIIEsecretbytes\n-----END PRIVATE KEY-----";

  private static SalesforceConfig valid() {
    return SalesforceConfig.defaults(
        URI.create("https://login.salesforce.com"),
        "3MVGclient",
        "sync@acme.example",
        Secret.of(KEY));
  }

  @Test
  void defaultsAreValid() {
    assertThat(valid().validate()).isEmpty();
    assertThat(valid().apiVersion()).isEqualTo("62.0");
    assertThat(valid().requireValid()).isEqualTo(valid());
  }

  @Test
  void validateReportsEveryProblemAtOnce() {
    SalesforceConfig broken =
        new SalesforceConfig(
            URI.create("login.salesforce.com"),
            " ",
            "62",
            "",
            null,
            Secret.of(""),
            Duration.ZERO,
            100,
            0,
            Duration.ofSeconds(2),
            Duration.ofSeconds(1),
            null,
            Duration.ofSeconds(-1),
            -1);

    assertThat(broken.validate())
        .extracting(ConfigProblem::key)
        .containsExactly(
            "salesforce.loginUrl",
            "salesforce.jwtAudience",
            "salesforce.apiVersion",
            "salesforce.clientId",
            "salesforce.username",
            "salesforce.privateKey",
            "salesforce.tokenLifetime",
            "salesforce.queryBatchSize",
            "salesforce.retryMaxAttempts",
            "salesforce.connectTimeout",
            "salesforce.requestTimeout",
            "salesforce.bulkBackfillThreshold",
            "salesforce.retryMaxBackoff");
    assertThat(broken.validate())
        .allSatisfy(p -> assertThat(p.hint()).isNotBlank())
        .anySatisfy(p -> assertThat(p.message()).isEqualTo("'62' is not an API version"))
        .anySatisfy(p -> assertThat(p.message()).isEqualTo("must be 200 to 2000, was 100"))
        .anySatisfy(p -> assertThat(p.message()).isEqualTo("must be at least 1, was 0"))
        .anySatisfy(
            p ->
                assertThat(p.message()).isEqualTo("PT1S is shorter than retryInitialBackoff PT2S"));
    assertThatThrownBy(broken::requireValid)
        .isInstanceOfSatisfying(
            InvalidConfigException.class, e -> assertThat(e.problems()).hasSize(13))
        .hasMessageContaining("13 problem(s)");
  }

  @Test
  void severalBadFieldsAreReportedTogetherWithTheirKeysAndHints() {
    SalesforceConfig broken =
        SalesforceConfig.defaults(null, "", "sync@acme.example", Secret.of(KEY))
            .withQueryBatchSize(5000)
            .withRetry(4, Duration.ofSeconds(1), Duration.ZERO);

    assertThat(broken.validate())
        .extracting(ConfigProblem::key, ConfigProblem::message)
        .containsExactly(
            tuple("salesforce.loginUrl", "is missing"),
            tuple("salesforce.clientId", "is missing"),
            tuple("salesforce.queryBatchSize", "must be 200 to 2000, was 5000"),
            tuple("salesforce.retryMaxBackoff", "must be a positive duration, was PT0S"));
    assertThat(broken.validate())
        .anySatisfy(p -> assertThat(p.hint()).contains("https://login.salesforce.com"))
        .anySatisfy(p -> assertThat(p.hint()).contains("consumer key"));
  }

  @Test
  void validationNeverEchoesThePrivateKey() {
    SalesforceConfig broken = valid().withQueryBatchSize(1);

    assertThatThrownBy(broken::requireValid)
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("salesforce.queryBatchSize")
        .hasMessageNotContaining("secretbytes");
  }

  @Test
  void theAudienceFollowsTheKindOfLoginUrl() {
    assertThat(valid().jwtAudience()).isEqualTo("https://login.salesforce.com");
    assertThat(SalesforceConfig.defaultAudience(URI.create("https://test.salesforce.com")))
        .isEqualTo("https://test.salesforce.com");
    assertThat(
            SalesforceConfig.defaultAudience(
                URI.create("https://acme--uat.sandbox.my.salesforce.com")))
        .isEqualTo("https://test.salesforce.com");
    assertThat(SalesforceConfig.defaultAudience(URI.create("https://acme.my.salesforce.com")))
        .isEqualTo("https://login.salesforce.com");
  }

  @Test
  void toStringMasksThePrivateKey() {
    String text = valid().toString();

    assertThat(text).contains("sync@acme.example").contains("****");
    assertThat(text).doesNotContain("secretbytes").doesNotContain("BEGIN PRIVATE KEY");
  }

  @Test
  void everyComponentIsDocumented() {
    assertThat(ConfigDocs.undocumented(SalesforceConfig.class)).isEmpty();
    assertThat(ConfigDocs.of(SalesforceConfig.class)).hasSize(14);
  }
}

package dev.refsync.salesforce.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.config.ConfigDocs;
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
    assertThat(valid().problems()).isEmpty();
    assertThat(valid().apiVersion()).isEqualTo("62.0");
    assertThat(valid().validate()).isEqualTo(valid());
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
            Duration.ofSeconds(-1));

    assertThatThrownBy(broken::validate)
        .isInstanceOfSatisfying(
            InvalidSalesforceConfigException.class,
            e ->
                assertThat(e.problems())
                    .hasSize(12)
                    .anySatisfy(p -> assertThat(p).startsWith("salesforce.loginUrl"))
                    .anySatisfy(p -> assertThat(p).startsWith("salesforce.jwtAudience"))
                    .anySatisfy(p -> assertThat(p).startsWith("salesforce.apiVersion '62'"))
                    .anySatisfy(p -> assertThat(p).startsWith("salesforce.clientId"))
                    .anySatisfy(p -> assertThat(p).startsWith("salesforce.username"))
                    .anySatisfy(p -> assertThat(p).startsWith("salesforce.privateKey"))
                    .anySatisfy(p -> assertThat(p).startsWith("salesforce.tokenLifetime"))
                    .anySatisfy(p -> assertThat(p).startsWith("salesforce.queryBatchSize 100"))
                    .anySatisfy(p -> assertThat(p).startsWith("salesforce.retryMaxAttempts 0"))
                    .anySatisfy(p -> assertThat(p).startsWith("salesforce.retryMaxBackoff PT1S"))
                    .anySatisfy(p -> assertThat(p).startsWith("salesforce.connectTimeout"))
                    .anySatisfy(p -> assertThat(p).startsWith("salesforce.requestTimeout")))
        .hasMessageContaining("12 problem(s)");
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
    assertThat(ConfigDocs.of(SalesforceConfig.class)).hasSize(13);
  }
}

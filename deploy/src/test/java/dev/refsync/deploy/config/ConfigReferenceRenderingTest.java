package dev.refsync.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How a config record component becomes a row of the reference. */
class ConfigReferenceRenderingTest {
  private final String reference = ConfigReference.render();

  @Test
  void keysAreKebabCaseAsInRefsyncYaml() {
    assertThat(ConfigReference.kebab("maxPoolSize")).isEqualTo("max-pool-size");
    assertThat(ConfigReference.kebab("jdbcUrl")).isEqualTo("jdbc-url");
    assertThat(ConfigReference.kebab("accountIdMetadataKey")).isEqualTo("account-id-metadata-key");
  }

  @Test
  void defaultsComeFromTheRecordsOwnFactories() {
    assertThat(reference)
        .contains("| `max-pool-size` | integer | `5` |")
        .contains(
            "| `jdbc-url` | string | `jdbc:h2:file:./refsync-data/refsync;AUTO_SERVER=FALSE` |")
        .contains("| `max-attempts` | integer | `8` |")
        .contains("| `query-batch-size` | integer | `2000` |")
        .contains("| `base-url` | URL | `https://api.hubapi.com` |")
        .contains("| `portal-id` | integer | `none` |")
        .contains("| `events-page-size` | integer | `100` |");
  }

  @Test
  void factoryParametersAreRequiredAndDerivedDefaultsAreExplained() {
    assertThat(reference)
        .contains("| `client-id` | string | required |")
        .contains("| `private-app-token` | secret | required |")
        .contains("| `secret-key` | secret | required |")
        .contains("| `jwt-audience` | string | derived from `login-url`");
  }

  @Test
  void secretsSayTheyAlsoAcceptAFile() {
    assertThat(reference)
        .contains("`private-key-file`, a path whose content is the value")
        .contains("`password-file`, a path whose content is the value")
        .contains("`webhook-signing-secret-file`, a path whose content is the value")
        .contains("`webhook-client-secret-file`, a path whose content is the value");
    assertThat(reference).doesNotContain("`client-id-file`");
  }

  @Test
  void durationsAreWrittenInTheirLargestWholeUnit() {
    assertThat(ConfigReference.duration(Duration.ofMillis(500))).isEqualTo("500ms");
    assertThat(ConfigReference.duration(Duration.ofSeconds(80))).isEqualTo("80s");
    assertThat(ConfigReference.duration(Duration.ofSeconds(300))).isEqualTo("5m");
    assertThat(ConfigReference.duration(Duration.ofHours(1))).isEqualTo("1h");
    assertThat(ConfigReference.duration(Duration.ofDays(30))).isEqualTo("30d");
  }

  @Test
  void noSentinelStandingInForARequiredValueIsRendered() {
    assertThat(reference).doesNotContain("`required`");
  }
}

package dev.refsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.config.ConfigDocs;
import dev.refsync.core.config.Secret;
import org.junit.jupiter.api.Test;

/** A password carried inside the JDBC URL never reaches a message or {@code toString}. */
class StoreConfigSecretsTest {

  @Test
  void inlinePasswordParametersAreMasked() {
    StoreConfig config =
        new StoreConfig(
            "jdbc:postgresql://db:5432/refsync?user=app&password=hunter2&ssl=true",
            "app",
            Secret.of("s3cret"),
            5);

    assertThat(config.toString()).doesNotContain("hunter2", "s3cret").contains("password=****");
    assertThat(config.redactedUrl())
        .isEqualTo("jdbc:postgresql://db:5432/refsync?user=app&password=****&ssl=true");
  }

  @Test
  void userInfoPasswordsAndH2StylePasswordsAreMasked() {
    assertThat(
            new StoreConfig("jdbc:postgresql://app:hunter2@db/x", "a", Secret.of(""), 1)
                .redactedUrl())
        .isEqualTo("jdbc:postgresql://app:****@db/x");
    assertThat(
            new StoreConfig(
                    "jdbc:h2:file:./x;USER=sa;PASSWORD=hunter2;MODE=X", "a", Secret.of(""), 1)
                .redactedUrl())
        .isEqualTo("jdbc:h2:file:./x;USER=sa;PASSWORD=****;MODE=X");
  }

  @Test
  void anInvalidUrlIsReportedWithoutItsPassword() {
    StoreConfig config = new StoreConfig("postgres://db/x?password=hunter2", "a", Secret.of(""), 1);

    assertThat(config.validate())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("store.jdbcUrl");
              assertThat(p.toString()).doesNotContain("hunter2").contains("password=****");
            });
  }

  @Test
  void everyFieldIsDocumented() {
    assertThat(ConfigDocs.undocumented(StoreConfig.class)).isEmpty();
  }
}

package dev.refsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.config.ConfigProblem;
import dev.refsync.core.config.InvalidConfigException;
import dev.refsync.core.config.Secret;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StoreConfigTest {
  @Test
  void toStringNeverShowsThePassword() {
    StoreConfig config =
        new StoreConfig("jdbc:postgresql://db/refsync", "refsync", Secret.of("s3cr3t-pw"), 4);

    assertThat(config.toString()).doesNotContain("s3cr3t-pw").contains("****");
  }

  @Test
  void defaultIsTheEmbeddedH2File() {
    StoreConfig config = StoreConfig.defaults();

    assertThat(config.jdbcUrl()).isEqualTo("jdbc:h2:file:./refsync-data/refsync;AUTO_SERVER=FALSE");
    assertThat(config.maxPoolSize()).isPositive();
  }

  @Test
  void reportsEveryProblemAtOnce() {
    StoreConfig broken = new StoreConfig("postgres://db", "u", Secret.of(""), 0);

    assertThat(broken.validate())
        .extracting(ConfigProblem::key)
        .containsExactly("store.jdbcUrl", "store.maxPoolSize");
    assertThat(broken.validate())
        .anySatisfy(p -> assertThat(p.message()).contains("postgres://db"))
        .anySatisfy(p -> assertThat(p.message()).contains("0"))
        .allSatisfy(p -> assertThat(p.hint()).isNotBlank());
  }

  @Test
  void blankUrlIsAProblem() {
    assertThat(new StoreConfig(" ", null, null, 1).validate())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("store.jdbcUrl");
              assertThat(p.message()).isEqualTo("is missing");
              assertThat(p.hint()).contains("jdbc:postgresql:");
            });
  }

  @Test
  void theDefaultsAndAPostgresUrlAreValid() {
    assertThat(StoreConfig.defaults().validate()).isEmpty();
    assertThat(
            new StoreConfig("jdbc:postgresql://db/refsync", "refsync", Secret.of("pw"), 4)
                .validate())
        .isEmpty();
  }

  @Test
  void theDataSourceFactoryRefusesAnInvalidConfigWithoutShowingThePassword() {
    StoreConfig broken = new StoreConfig("postgres://db", "u", Secret.of("s3cr3t-pw"), 0);

    assertThatThrownBy(() -> DataSources.create(broken))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ConfigProblem::key)
                    .containsExactly("store.jdbcUrl", "store.maxPoolSize"))
        .hasMessageNotContaining("s3cr3t-pw");
  }

  @Test
  void missingUserAndPasswordMeanNone() {
    StoreConfig config = new StoreConfig("jdbc:h2:mem:x", null, null, 1);

    assertThat(config.username()).isEmpty();
    assertThat(config.password().isEmpty()).isTrue();
  }

  @Test
  void everyFieldHasADocComment() throws IOException {
    String source =
        Files.readString(Path.of("src/main/java/dev/refsync/core/store/StoreConfig.java"));

    for (RecordComponent component : StoreConfig.class.getRecordComponents()) {
      Pattern documented = Pattern.compile("@param " + component.getName() + "\\s+\\S+");
      assertThat(documented.matcher(source).find())
          .as("@param doc of StoreConfig.%s", component.getName())
          .isTrue();
    }
  }
}

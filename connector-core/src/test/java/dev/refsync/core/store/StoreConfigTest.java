package dev.refsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    assertThatThrownBy(() -> new StoreConfig("postgres://db", "u", Secret.of(""), 0))
        .isInstanceOfSatisfying(
            InvalidStoreConfigException.class,
            e ->
                assertThat(e.problems())
                    .hasSize(2)
                    .anySatisfy(p -> assertThat(p).contains("jdbcUrl", "postgres://db"))
                    .anySatisfy(p -> assertThat(p).contains("maxPoolSize", "0")));
  }

  @Test
  void blankUrlIsAProblem() {
    assertThatThrownBy(() -> new StoreConfig(" ", null, null, 1))
        .isInstanceOf(InvalidStoreConfigException.class)
        .hasMessageContaining("jdbcUrl is empty");
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

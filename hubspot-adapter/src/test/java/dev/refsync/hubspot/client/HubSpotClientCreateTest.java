package dev.refsync.hubspot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.config.ConfigProblem;
import dev.refsync.core.config.InvalidConfigException;
import dev.refsync.core.config.Secret;
import dev.refsync.hubspot.HubSpotConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HubSpotClientCreateTest {

  @Test
  void anInvalidConfigIsRefusedNamingEveryProblem() {
    HubSpotConfig config =
        HubSpotConfig.defaults(Secret.of("")).withLimits(0, Duration.ofSeconds(10), 5);

    assertThatThrownBy(() -> HubSpotClient.create(config, Clock.systemUTC()))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ConfigProblem::key)
                    .containsExactly("hubspot.privateAppToken", "hubspot.burstLimit"))
        .hasMessageContaining("privateAppToken")
        .hasMessageContaining("burstLimit");
  }

  @Test
  void oversizedBatchesAreRefusedBeforeAnyRequest() {
    HubSpotClient client =
        HubSpotClient.create(HubSpotConfig.defaults(Secret.of("t")), Clock.systemUTC());
    List<String> ids = IntStream.range(0, 101).mapToObj(Integer::toString).toList();

    assertThatThrownBy(() -> client.batchArchive("deals", ids))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 100 inputs")
        .hasMessageContaining("got 101");
  }
}

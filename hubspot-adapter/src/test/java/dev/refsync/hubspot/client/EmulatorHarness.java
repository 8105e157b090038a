package dev.refsync.hubspot.client;

import dev.refsync.core.config.Secret;
import dev.refsync.hubspot.HubSpotConfig;
import dev.refsync.sandbox.core.MutableClock;
import dev.refsync.sandbox.hubspot.HubSpotEmulator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A HubSpot emulator on a {@link MutableClock} and a client pointed at it over real HTTP. The
 * client's {@link Pause} advances the emulator's clock instead of sleeping, so a wait the client
 * honours (a 429's window, a backoff) passes instantly in emulator time and is recorded for
 * assertions.
 */
final class EmulatorHarness implements AutoCloseable {
  static final String TOKEN = "pat-na1-harness-token-0123456789";

  final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T09:00:00Z"));
  final List<Duration> pauses = new CopyOnWriteArrayList<>();
  final HubSpotEmulator hubspot;

  private EmulatorHarness(UnaryOperator<dev.refsync.sandbox.hubspot.HubSpotConfig> emulatorTuning) {
    hubspot =
        HubSpotEmulator.start(
            emulatorTuning.apply(dev.refsync.sandbox.hubspot.HubSpotConfig.defaults(TOKEN, clock)));
  }

  static EmulatorHarness start() {
    return new EmulatorHarness(c -> c);
  }

  static EmulatorHarness start(
      UnaryOperator<dev.refsync.sandbox.hubspot.HubSpotConfig> emulatorTuning) {
    return new EmulatorHarness(emulatorTuning);
  }

  /** Client config for tests: the emulator's URL, 5 attempts, millisecond backoff. */
  HubSpotConfig config() {
    return HubSpotConfig.defaults(Secret.of(TOKEN))
        .withBaseUrl(URI.create(hubspot.baseUri().toString()))
        .withRetry(5, Duration.ofMillis(1), Duration.ofMillis(5));
  }

  HubSpotClient client() {
    return client(config());
  }

  HubSpotClient client(HubSpotConfig config) {
    return HubSpotClient.create(
        config,
        clock,
        d -> {
          pauses.add(d);
          clock.advance(d);
        },
        new SplittableRandom(42));
  }

  long count(String endpoint) {
    return hubspot.requestCounts().getOrDefault(endpoint, 0L);
  }

  @Override
  public void close() {
    hubspot.close();
  }
}

package dev.refsync.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.StripeClient;
import dev.refsync.core.config.Secret;
import dev.refsync.sandbox.core.MutableClock;
import dev.refsync.sandbox.stripe.StripeEmulator;
import dev.refsync.sandbox.stripe.StripeSeedResult;
import dev.refsync.sandbox.stripe.StripeSeedSpec;
import dev.refsync.stripe.config.StripeClients;
import dev.refsync.stripe.config.StripeConfig;
import dev.refsync.stripe.error.StripeCalls;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's Stripe emulator on a mutable clock, seeded, with an adapter config pointing at it.
 * stripe-java's own network retries are off, so every retry the tests see is {@link StripeCalls}'s,
 * with a 1 ms backoff (no test waits for real backoff).
 */
public final class StripeEmulatorFixture implements AutoCloseable {
  public static final String KEY = "sk_test_refsync_adapter_it";
  public static final String WEBHOOK_SECRET = "whsec_refsync_adapter_it";
  public static final Instant START = Instant.parse("2026-06-15T12:00:00Z");

  public final MutableClock clock = new MutableClock(START);
  public final StripeEmulator stripe;
  public final StripeSeedResult seeded;

  public StripeEmulatorFixture(StripeSeedSpec spec) {
    stripe =
        StripeEmulator.start(
            dev.refsync.sandbox.stripe.StripeConfig.defaults(KEY, clock)
                .withRequestsPerSecond(100_000));
    seeded = stripe.seed(spec);
  }

  public StripeConfig config() {
    return StripeConfig.defaults(Secret.of(KEY), Secret.of(WEBHOOK_SECRET))
        .withApiBase(stripe.baseUri().toString())
        .withMaxNetworkRetries(0);
  }

  public StripeClient client() {
    return StripeClients.create(config());
  }

  public static StripeCalls calls() {
    return new StripeCalls(5, Duration.ofMillis(1));
  }

  public long requests(String endpoint) {
    return stripe.requestCounts().getOrDefault(endpoint, 0L);
  }

  /** The emulator's own state, as JSON. */
  public JsonNode state() {
    try {
      return new ObjectMapper().readTree(stripe.stateDump());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Ids of the events {@code /v1/events} can still return, oldest first. */
  public List<String> visibleEventIdsOldestFirst() {
    long oldest = clock.instant().minus(Duration.ofDays(30)).getEpochSecond();
    List<String> ids = new ArrayList<>();
    stripe.events().stream()
        .filter(e -> e.get("created").asLong() >= oldest)
        .forEach(e -> ids.add(0, e.get("id").asText()));
    return ids;
  }

  @Override
  public void close() {
    stripe.close();
  }
}

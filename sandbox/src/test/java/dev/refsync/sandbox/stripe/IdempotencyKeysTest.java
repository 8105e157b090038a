package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T12:00:00Z"));
  private final IdempotencyKeys keys = new IdempotencyKeys(clock, Duration.ofHours(24));
  private final IdempotencyKeys.Fingerprint refund = fingerprint("/v1/refunds", "charge=ch_1");

  @Test
  void aKeyIsExecutedOnceThenReplayed() {
    assertThat(keys.claim("k", refund)).isInstanceOf(IdempotencyKeys.Execute.class);
    keys.save("k", refund, EmulatorResponse.empty(200).withHeader("Request-Id", "req_1"));

    var claim = keys.claim("k", fingerprint("/v1/refunds", "charge=ch_1"));
    assertThat(claim).isInstanceOf(IdempotencyKeys.Replay.class);
    var saved = ((IdempotencyKeys.Replay) claim).saved();
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.headers()).doesNotContainKey("Request-Id");
  }

  @Test
  void aKeyInUseCannotBeClaimedTwiceUntilReleased() {
    assertThat(keys.claim("k", refund)).isInstanceOf(IdempotencyKeys.Execute.class);
    assertThat(keys.claim("k", refund)).isInstanceOf(IdempotencyKeys.InFlight.class);
    keys.release("k");
    assertThat(keys.claim("k", refund)).isInstanceOf(IdempotencyKeys.Execute.class);
  }

  @Test
  void otherParametersOrPathAreAMismatch() {
    keys.claim("k", refund);
    keys.save("k", refund, EmulatorResponse.empty(200));
    assertThat(keys.claim("k", fingerprint("/v1/refunds", "charge=ch_2")))
        .isInstanceOf(IdempotencyKeys.Mismatch.class);
    assertThat(keys.claim("k", fingerprint("/v1/charges", "charge=ch_1")))
        .isInstanceOf(IdempotencyKeys.Mismatch.class);
  }

  @Test
  void savedResultsExpireAfterTheRetention() {
    keys.claim("k", refund);
    keys.save("k", refund, EmulatorResponse.empty(400));
    clock.advance(Duration.ofHours(24));
    assertThat(keys.claim("k", refund)).isInstanceOf(IdempotencyKeys.Replay.class);
    clock.advance(Duration.ofMillis(1));
    assertThat(keys.claim("k", refund)).isInstanceOf(IdempotencyKeys.Execute.class);
  }

  private static IdempotencyKeys.Fingerprint fingerprint(String path, String body) {
    return new IdempotencyKeys.Fingerprint(path, body.getBytes(StandardCharsets.UTF_8));
  }
}

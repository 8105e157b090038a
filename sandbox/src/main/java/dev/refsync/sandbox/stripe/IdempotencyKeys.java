package dev.refsync.sandbox.stripe;

import dev.refsync.sandbox.core.EmulatorResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Saved results of POSTs made with an {@code Idempotency-Key} (docs.stripe.com, "Idempotent
 * requests"): the first result, success or error, is replayed for the same key; the same key with
 * other parameters is an {@code idempotency_error}; keys live at least {@code retention} by the
 * emulator clock.
 */
final class IdempotencyKeys {

  /** The request a key was first used with: path and raw form body. */
  record Fingerprint(String path, byte[] body) {
    boolean sameAs(Fingerprint other) {
      return path.equals(other.path) && Arrays.equals(body, other.body);
    }
  }

  record Saved(Fingerprint fingerprint, int status, Map<String, String> headers, byte[] body) {}

  sealed interface Claim {}

  /** No result yet: the caller executes, then calls {@link #save} or {@link #release}. */
  record Execute() implements Claim {}

  record Replay(Saved saved) implements Claim {}

  record Mismatch() implements Claim {}

  record InFlight() implements Claim {}

  private record Entry(Saved saved, Instant at) {}

  private final Clock clock;
  private final Duration retention;
  private final Map<String, Entry> saved = new LinkedHashMap<>();
  private final Set<String> inFlight = new HashSet<>();

  IdempotencyKeys(Clock clock, Duration retention) {
    this.clock = clock;
    this.retention = retention;
  }

  synchronized Claim claim(String key, Fingerprint fingerprint) {
    evictExpired();
    Entry entry = saved.get(key);
    if (entry != null) {
      return entry.saved().fingerprint().sameAs(fingerprint)
          ? new Replay(entry.saved())
          : new Mismatch();
    }
    return inFlight.add(key) ? new Execute() : new InFlight();
  }

  synchronized void save(String key, Fingerprint fingerprint, EmulatorResponse response) {
    inFlight.remove(key);
    Map<String, String> headers = new LinkedHashMap<>(response.headers());
    headers.remove("Request-Id");
    saved.put(
        key,
        new Entry(
            new Saved(fingerprint, response.status(), headers, response.body().clone()),
            clock.instant()));
  }

  synchronized void release(String key) {
    inFlight.remove(key);
  }

  private void evictExpired() {
    Instant oldestKept = clock.instant().minus(retention);
    Iterator<Entry> it = saved.values().iterator();
    while (it.hasNext()) {
      if (it.next().at().isBefore(oldestKept)) {
        it.remove();
      }
    }
  }
}

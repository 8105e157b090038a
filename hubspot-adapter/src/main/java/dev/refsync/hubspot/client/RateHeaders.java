package dev.refsync.hubspot.client;

import java.time.Duration;
import java.util.OptionalInt;
import okhttp3.Headers;

/**
 * The rate headers of one HubSpot response (VENDOR-FACTS "rate headers"). Search responses carry
 * none, so every field may be absent.
 */
public record RateHeaders(OptionalInt max, Duration interval, String retryAfter) {

  public static RateHeaders of(Headers headers) {
    return new RateHeaders(
        integer(headers.get("X-HubSpot-RateLimit-Max")),
        millis(headers.get("X-HubSpot-RateLimit-Interval-Milliseconds")),
        headers.get("Retry-After"));
  }

  private static OptionalInt integer(String value) {
    if (value == null) {
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(value.trim());
      return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private static Duration millis(String value) {
    OptionalInt n = integer(value);
    return n.isPresent() ? Duration.ofMillis(n.getAsInt()) : null;
  }
}

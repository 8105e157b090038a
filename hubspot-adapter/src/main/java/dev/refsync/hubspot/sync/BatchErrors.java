package dev.refsync.hubspot.sync;

import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.UpstreamServerException;
import dev.refsync.hubspot.client.BatchError;
import dev.refsync.hubspot.client.HubSpotErrorMapper;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * A per-input error of a batch answer (HTTP 207, {@code errors[]}) as the core exception the
 * classifier would see had the input been sent alone, so per-record failures are decided by the
 * adapter's one classifier (DESIGN 11).
 */
final class BatchErrors {
  /** HubSpot error categories that say "try again later" (HubSpot "Error handling"). */
  private static final Set<String> TRANSIENT =
      Set.of("INTERNAL_ERROR", "SERVICE_UNAVAILABLE", "TIMEOUT", "BAD_GATEWAY", "GATEWAY_TIMEOUT");

  private BatchErrors() {}

  static ConnectorApiException toException(BatchError error) {
    String category = error.category() == null ? "" : error.category().toUpperCase(Locale.ROOT);
    String message = describe(error);
    if (category.equals("RATE_LIMITS") || category.equals("RATE_LIMIT")) {
      return new RateLimitedException(
          HubSpotErrorMapper.SYSTEM, 429, category, message, Duration.ofSeconds(10));
    }
    if (category.equals("LOCKED")) {
      return new RateLimitedException(
          HubSpotErrorMapper.SYSTEM, 423, category, message, Duration.ofSeconds(2));
    }
    if (TRANSIENT.contains(category)) {
      return new UpstreamServerException(HubSpotErrorMapper.SYSTEM, 0, category, message, null);
    }
    return new InvalidRequestException(HubSpotErrorMapper.SYSTEM, 0, category, message, null);
  }

  /** HubSpot's own words: "CATEGORY: message". */
  static String describe(BatchError error) {
    String category = error.category() == null ? "ERROR" : error.category();
    return category + ": " + (error.message() == null ? "(no message)" : error.message());
  }
}

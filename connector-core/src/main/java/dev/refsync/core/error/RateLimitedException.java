package dev.refsync.core.error;

import java.time.Duration;

/** The vendor refused the call for its rate limit: wait {@link #retryAfter()} and try again. */
public class RateLimitedException extends ConnectorApiException {
  private static final long serialVersionUID = 1L;
  private final transient Duration retryAfter;

  public RateLimitedException(
      String system, int httpStatus, String vendorCode, String message, Duration retryAfter) {
    super(system, httpStatus, vendorCode, message, null);
    this.retryAfter = retryAfter;
  }

  /** How long to wait before the next call, as the vendor said or the adapter derived. */
  public Duration retryAfter() {
    return retryAfter;
  }
}

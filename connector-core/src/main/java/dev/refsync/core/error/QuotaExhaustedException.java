package dev.refsync.core.error;

import java.time.Instant;

/**
 * A daily or other long-period allocation is used up (HubSpot {@code DAILY}, Salesforce {@code
 * REQUEST_LIMIT_EXCEEDED}): stop this connection's cycle cleanly and resume from the cursor after
 * {@link #resetsAt()}. Never retried in-line.
 */
public class QuotaExhaustedException extends ConnectorApiException {
  private static final long serialVersionUID = 1L;
  private final transient Instant resetsAt;

  public QuotaExhaustedException(
      String system, int httpStatus, String vendorCode, String message, Instant resetsAt) {
    super(system, httpStatus, vendorCode, message, null);
    this.resetsAt = resetsAt;
  }

  /** When the allocation is expected back; may be null when the vendor does not say. */
  public Instant resetsAt() {
    return resetsAt;
  }
}

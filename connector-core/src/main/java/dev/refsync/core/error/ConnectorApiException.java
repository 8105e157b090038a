package dev.refsync.core.error;

/**
 * A vendor API call failed. Subclasses are named by what the caller must do; adapters map every
 * vendor error to one of them through their single {@link ErrorClassifier}.
 */
public class ConnectorApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String system;
  private final int httpStatus;
  private final String vendorCode;

  public ConnectorApiException(
      String system, int httpStatus, String vendorCode, String message, Throwable cause) {
    super(message, cause);
    this.system = system;
    this.httpStatus = httpStatus;
    this.vendorCode = vendorCode;
  }

  /** The vendor system, e.g. {@code HUBSPOT}. */
  public String system() {
    return system;
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The vendor's own error code ({@code UNABLE_TO_LOCK_ROW}, {@code RATE_LIMIT}, ...); may be null.
   */
  public String vendorCode() {
    return vendorCode;
  }
}

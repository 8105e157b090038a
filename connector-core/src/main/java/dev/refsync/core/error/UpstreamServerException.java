package dev.refsync.core.error;

/** The vendor failed (5xx, lock contention, connection reset): retry with backoff. */
public class UpstreamServerException extends ConnectorApiException {
  private static final long serialVersionUID = 1L;

  public UpstreamServerException(
      String system, int httpStatus, String vendorCode, String message, Throwable cause) {
    super(system, httpStatus, vendorCode, message, cause);
  }
}

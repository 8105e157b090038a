package dev.refsync.core.error;

/** The vendor rejected the request itself: do not retry; dead-letter it with the vendor's error. */
public class InvalidRequestException extends ConnectorApiException {
  private static final long serialVersionUID = 1L;

  public InvalidRequestException(
      String system, int httpStatus, String vendorCode, String message, Throwable cause) {
    super(system, httpStatus, vendorCode, message, cause);
  }
}

package dev.refsync.core.error;

/** Credentials were refused or expired: re-authenticate once, then fix the configuration. */
public class AuthenticationException extends ConnectorApiException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(
      String system, int httpStatus, String vendorCode, String message, Throwable cause) {
    super(system, httpStatus, vendorCode, message, cause);
  }
}

package dev.refsync.salesforce.config;

/** The private key could not be found or parsed: fix the key file or variable named here. */
public class InvalidPrivateKeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidPrivateKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.refsync.sandbox.core;

/**
 * Lets a handler stop deep inside its logic with a complete vendor error response; the server sends
 * it as if the handler had returned it (middleware still adds its headers).
 */
public final class ErrorResponseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient EmulatorResponse response;

  public ErrorResponseException(EmulatorResponse response) {
    super("HTTP " + response.status());
    this.response = response;
  }

  public EmulatorResponse response() {
    return response;
  }
}

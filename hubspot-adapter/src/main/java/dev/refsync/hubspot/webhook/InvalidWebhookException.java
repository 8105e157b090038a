package dev.refsync.hubspot.webhook;

/**
 * A webhook delivery was refused. {@link Reason#unauthenticated()} tells the HTTP layer whether to
 * answer 401 (the request cannot be proven to come from HubSpot) or 400 (it is authentic but not
 * something Refsync accepts). Messages never contain the client secret or the expected signature.
 */
public final class InvalidWebhookException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the delivery was refused. */
  public enum Reason {
    MISSING_HEADER(true),
    BAD_TIMESTAMP(true),
    STALE_TIMESTAMP(true),
    FUTURE_TIMESTAMP(true),
    BAD_SIGNATURE(true),
    TOO_MANY_EVENTS(false),
    MALFORMED_BODY(false);

    private final boolean unauthenticated;

    Reason(boolean unauthenticated) {
      this.unauthenticated = unauthenticated;
    }

    /** True when the sender could not be authenticated (answer 401). */
    public boolean unauthenticated() {
      return unauthenticated;
    }
  }

  private final Reason reason;

  public InvalidWebhookException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public InvalidWebhookException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}

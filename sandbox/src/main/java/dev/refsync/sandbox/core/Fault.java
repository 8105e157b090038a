package dev.refsync.sandbox.core;

/**
 * A failure the {@link FaultInjector} makes a request suffer instead of (or on top of) its answer.
 */
public sealed interface Fault {

  /** Answer with this status and the vendor's error body; the handler never runs. */
  record ServerError(int status) implements Fault {}

  /** Close the connection without any response, as a dropped TCP connection would. */
  record ConnectionReset() implements Fault {}

  /**
   * Run the handler (state changes happen) but send a truncated, unparseable body with the real
   * status: the response was lost after the vendor committed, which an idempotent client must
   * survive.
   */
  record MalformedBody() implements Fault {}
}

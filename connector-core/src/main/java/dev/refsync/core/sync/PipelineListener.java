package dev.refsync.core.sync;

/**
 * Told what each step did, for metrics and health. Implementations must not throw and must be
 * cheap: they run on the route's thread.
 */
public interface PipelineListener {
  default void pulled(PullReport report) {}

  default void evaluated(EngineRunReport report) {}

  default void pushed(PushReport report) {}

  /**
   * A step failed; the route's error policy logs it and the next schedule retries.
   *
   * @param step {@code pull}, {@code engine} or {@code push}
   * @param connection the connection, or null for the engine
   */
  default void failed(String step, String connection, RuntimeException failure) {}

  /** A step was skipped because another replica holds its lock. */
  default void skipped(String step, String connection) {}
}

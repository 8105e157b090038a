package dev.refsync.core.error;

/** One per adapter: the single place that decides whether a failure is worth retrying. */
@FunctionalInterface
public interface ErrorClassifier {
  RetryDecision classify(Throwable failure);
}

package dev.refsync.core.config;

import java.util.Objects;

/**
 * One invalid configuration value (DESIGN 11): the dotted key that names it in the configuration
 * (e.g. {@code hubspot.privateAppToken}), what is wrong, and what to do about it. The daemon prints
 * every problem of every config record at start-up in this one shape. A message never quotes a
 * {@link Secret}.
 */
public record ConfigProblem(String key, String message, String hint) {
  public ConfigProblem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  /** {@code key: message (hint: hint)}, one line for a start-up report. */
  @Override
  public String toString() {
    return key + ": " + message + " (hint: " + hint + ")";
  }
}

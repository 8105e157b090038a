package dev.refsync.core.plans;

import java.nio.file.Path;

/** PLACEHOLDER SIGNATURE: replaced by the plans work before landing. */
public final class PlansLoader {
  private PlansLoader() {}

  /**
   * Loads and validates a plans file; throws {@code InvalidPlansException} listing every problem.
   */
  public static PlansConfig load(Path file) {
    throw new UnsupportedOperationException("PLACEHOLDER");
  }

  /** Parses and validates YAML text; {@code sourceName} names it in problems. */
  public static PlansConfig parse(String sourceName, String yaml) {
    throw new UnsupportedOperationException("PLACEHOLDER");
  }
}

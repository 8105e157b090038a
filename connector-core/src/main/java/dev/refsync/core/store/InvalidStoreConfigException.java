package dev.refsync.core.store;

import java.util.List;

/**
 * The store configuration is unusable; fix every listed problem in the configuration and start
 * again. All problems are reported at once.
 */
public final class InvalidStoreConfigException extends IllegalArgumentException {
  private final List<String> problems;

  public InvalidStoreConfigException(List<String> problems) {
    super("Invalid store configuration: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}

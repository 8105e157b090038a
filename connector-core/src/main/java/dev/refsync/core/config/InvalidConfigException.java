package dev.refsync.core.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration cannot be used: fix every listed key, then start again. All problems are listed
 * at once, one per line (DESIGN 11). The message is built only from {@link ConfigProblem}s, whose
 * messages never quote a {@link Secret}.
 */
public final class InvalidConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  /**
   * @param problems at least one problem
   */
  public InvalidConfigException(List<ConfigProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Throws when {@code problems} is not empty, so a factory refuses an invalid config. */
  public static void throwIfAny(List<ConfigProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(problems);
    }
  }

  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String message(List<ConfigProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid configuration has at least one problem");
    }
    return "Invalid configuration, "
        + problems.size()
        + " problem(s):\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}

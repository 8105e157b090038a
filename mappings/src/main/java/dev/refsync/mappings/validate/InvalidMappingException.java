package dev.refsync.mappings.validate;

import java.util.List;

/**
 * A mapping file is invalid: fix the listed problems (each names file, line and column) and run
 * {@code refsync mappings validate} again.
 */
public final class InvalidMappingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InvalidMappingException(List<Problem> problems) {
    super(
        problems.size()
            + " problem(s) in mapping file:\n"
            + String.join("\n", problems.stream().map(Problem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}

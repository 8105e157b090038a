package dev.refsync.core.plans;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The plans file cannot be used as written: fix every listed problem and load it again. Carries all
 * problems found, not just the first, so one edit round fixes the file.
 */
public final class InvalidPlansException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<PlansProblem> problems;

  public InvalidPlansException(List<PlansProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, ordered by line then column. */
  public List<PlansProblem> problems() {
    return problems;
  }

  private static String describe(List<PlansProblem> problems) {
    String header =
        problems.size() == 1
            ? "1 problem in the plans file; fix it and load again:"
            : problems.size() + " problems in the plans file; fix them and load again:";
    return problems.stream()
        .map(PlansProblem::format)
        .collect(Collectors.joining("\n", header + "\n", ""));
  }
}

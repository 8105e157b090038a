package dev.refsync.core.plans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects every problem of one plans file so they are all reported at once. */
final class Problems {
  private final String source;
  private final List<PlansProblem> found = new ArrayList<>();

  Problems(String source) {
    this.source = source;
  }

  /** A problem located at a YAML node's start. */
  void at(Node node, String message, String hint) {
    at(node.getStartMark(), message, hint);
  }

  /** A problem located at a SnakeYAML mark (0-based, reported 1-based). */
  void at(Mark mark, String message, String hint) {
    found.add(new PlansProblem(source, mark.getLine() + 1, mark.getColumn() + 1, message, hint));
  }

  /** A problem that concerns the whole file rather than a position in it. */
  void wholeFile(String message, String hint) {
    found.add(new PlansProblem(source, 0, 0, message, hint));
  }

  int count() {
    return found.size();
  }

  /** Throws when anything was found; problems are sorted by position, keeping discovery order. */
  void throwIfAny() {
    if (!found.isEmpty()) {
      List<PlansProblem> sorted = new ArrayList<>(found);
      sorted.sort(
          Comparator.comparingInt(PlansProblem::line).thenComparingInt(PlansProblem::column));
      throw new InvalidPlansException(sorted);
    }
  }
}

package dev.refsync.core.io;

import dev.refsync.core.engine.CanonicalDataset;
import java.util.List;
import java.util.Objects;

/**
 * What {@link EventsReader} made of an events file.
 *
 * @param dataset every accepted record
 * @param problems every rejected line, in line order; a line may have several problems
 * @param linesRead physical lines read, blank ones included
 */
public record EventsReadResult(
    CanonicalDataset dataset, List<LineProblem> problems, long linesRead) {
  public EventsReadResult {
    Objects.requireNonNull(dataset, "dataset");
    problems = List.copyOf(problems);
  }

  /** Number of distinct lines that were rejected. */
  public long rejectedLines() {
    return problems.stream().mapToLong(LineProblem::line).distinct().count();
  }
}

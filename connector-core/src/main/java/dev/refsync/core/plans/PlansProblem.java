package dev.refsync.core.plans;

import java.util.Objects;

/**
 * One thing wrong with a plans file, located so an editor can jump to it.
 *
 * @param source the file name (or the name given to {@link PlansLoader#parse})
 * @param line 1-based line; 0 when the problem concerns the whole file (unreadable, empty)
 * @param column 1-based column; 0 when {@code line} is 0
 * @param message what is wrong, naming the path of the value (e.g. {@code plans[1].reward.percent})
 * @param hint what to do about it; null when the message says it all
 */
public record PlansProblem(String source, int line, int column, String message, String hint) {
  public PlansProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /** {@code FILE:LINE:COLUMN: message (hint: ...)}, the form compilers use so editors link it. */
  public String format() {
    String location = line > 0 ? source + ":" + line + ":" + column : source;
    String suffix = hint == null || hint.isBlank() ? "" : " (hint: " + hint + ")";
    return location + ": " + message + suffix;
  }

  @Override
  public String toString() {
    return format();
  }
}

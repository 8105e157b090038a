package dev.refsync.core.io;

import java.util.Objects;

/**
 * One rejected line of an events file (DESIGN 7): what is wrong and what to do about it.
 *
 * @param line 1-based line number in the file
 * @param message what is wrong with the line and how to fix it
 */
public record LineProblem(long line, String message) {
  public LineProblem {
    Objects.requireNonNull(message, "message");
  }

  /** The compiler-style form {@code FILE:LINE: message} that editors and CI logs link to. */
  public String format(String fileName) {
    return fileName + ":" + line + ": " + message;
  }
}

package dev.refsync.hubspot;

/** One invalid configuration field: its name and what to do about it (DESIGN 11). */
public record ConfigProblem(String field, String hint) {
  @Override
  public String toString() {
    return field + ": " + hint;
  }
}

package dev.refsync.mappings.validate;

/**
 * One problem in a mapping file, printed as {@code FILE:LINE:COLUMN: message (hint: ...)}.
 *
 * @param file the file name as the user gave it
 * @param line 1-based
 * @param column 1-based
 * @param message what is wrong
 * @param hint what to do about it; may be null
 */
public record Problem(String file, int line, int column, String message, String hint) {
  @Override
  public String toString() {
    String where = file + ":" + line + ":" + column + ": " + message;
    return hint == null || hint.isBlank() ? where : where + " (hint: " + hint + ")";
  }
}

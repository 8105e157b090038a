package dev.refsync.mappings.yaml;

import org.yaml.snakeyaml.error.Mark;

/**
 * A 1-based line and column in a YAML file.
 *
 * @param line 1-based
 * @param column 1-based
 */
public record Position(int line, int column) {
  public static final Position START = new Position(1, 1);

  static Position of(Mark mark) {
    return mark == null ? START : new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }
}

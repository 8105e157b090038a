package dev.refsync.mappings.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a Jackson tree, with where each value (and each mapping key) was written, so
 * that problems found on the tree can name the line and column of the file.
 *
 * @param root the document; a missing node when the file could not be parsed
 * @param valuePositions JSON Pointer of a value to its position
 * @param keyPositions JSON Pointer of a mapping entry to the position of its key
 * @param syntaxProblems YAML errors and duplicate keys, each with its position
 */
public record YamlTree(
    JsonNode root,
    Map<String, Position> valuePositions,
    Map<String, Position> keyPositions,
    List<SyntaxProblem> syntaxProblems) {

  /**
   * A problem found while reading the YAML itself.
   *
   * @param position where
   * @param message what
   * @param hint what to do
   */
  public record SyntaxProblem(Position position, String message, String hint) {}

  /** Where the value at this pointer was written; falls back to the nearest parent. */
  public Position valueAt(String pointer) {
    String p = pointer;
    while (true) {
      Position pos = valuePositions.get(p);
      if (pos != null) {
        return pos;
      }
      if (p.isEmpty()) {
        return Position.START;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** Where the key of the entry at this pointer was written; falls back to its value. */
  public Position keyAt(String pointer) {
    Position pos = keyPositions.get(pointer);
    return pos != null ? pos : valueAt(pointer);
  }

  /** Escapes one JSON Pointer segment (RFC 6901). */
  public static String segment(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}

package dev.refsync.mappings.validate;

import dev.refsync.mappings.yaml.Position;
import dev.refsync.mappings.yaml.YamlTree;
import java.util.ArrayList;
import java.util.List;

/** Collects problems found on one file's tree, placing each at the YAML position it concerns. */
final class ProblemSink {
  private final String file;
  private final YamlTree tree;
  private final List<Problem> problems = new ArrayList<>();

  ProblemSink(String file, YamlTree tree) {
    this.file = file;
    this.tree = tree;
  }

  /**
   * Records a problem.
   *
   * @param pointer JSON Pointer of what is wrong
   * @param atKey place it at the entry's key rather than its value
   */
  void add(String pointer, boolean atKey, String message, String hint) {
    Position at = atKey ? tree.keyAt(pointer) : tree.valueAt(pointer);
    problems.add(new Problem(file, at.line(), at.column(), message, hint));
  }

  List<Problem> problems() {
    return problems;
  }
}

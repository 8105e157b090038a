package dev.refsync.mappings.validate;

import dev.refsync.mappings.yaml.YamlTree;
import dev.refsync.mappings.yaml.YamlTreeReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Validates a mapping file (DESIGN 6): YAML syntax, then the JSON Schema, then the semantic rules,
 * all problems at once, each with the file, line and column and a hint.
 */
public final class MappingValidator {
  private final SchemaCheck schemaCheck = new SchemaCheck(MappingSchema.get());

  /**
   * The result of validating one file.
   *
   * @param tree the parsed file (its root is missing when the YAML did not parse)
   * @param problems every problem, ordered by position; empty when the file is valid
   */
  public record Result(YamlTree tree, List<Problem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /**
   * Validates YAML text.
   *
   * @param file the name to print in problems
   * @param text the file's content
   */
  public Result validate(String file, String text) {
    YamlTree tree = YamlTreeReader.read(text);
    List<Problem> problems = new ArrayList<>();
    tree.syntaxProblems()
        .forEach(
            p ->
                problems.add(
                    new Problem(
                        file, p.position().line(), p.position().column(), p.message(), p.hint())));
    if (!tree.root().isMissingNode()) {
      problems.addAll(schemaCheck.check(file, tree));
      problems.addAll(SemanticCheck.check(file, tree));
    }
    List<Problem> ordered =
        new ArrayList<>(new LinkedHashSet<>(problems))
            .stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    return new Result(tree, ordered);
  }
}

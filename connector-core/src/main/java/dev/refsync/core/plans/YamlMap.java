package dev.refsync.core.plans;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML mapping read key by key, with its path for messages. Duplicate keys are reported here
 * rather than silently collapsed, because SnakeYAML's composer keeps both and a later constructor
 * would keep only one without saying which.
 */
final class YamlMap {
  /** Merging would hide where a value came from, so positions in problems would mislead. */
  private static final String MERGE_KEY = "<<";

  private final MappingNode node;
  private final String path;
  private final Problems problems;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  private YamlMap(MappingNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /**
   * The node as a mapping, or empty (with a problem) when it is anything else.
   *
   * @param example how the mapping is written, shown in the hint
   */
  static Optional<YamlMap> of(Node node, String path, String example, Problems problems) {
    if (!(node instanceof MappingNode mapping)) {
      problems.at(
          node,
          describe(path) + " must be a mapping of keys to values",
          "write it like " + example);
      return Optional.empty();
    }
    YamlMap map = new YamlMap(mapping, path, problems);
    map.index();
    return Optional.of(map);
  }

  private void index() {
    for (NodeTuple tuple : node.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        problems.at(
            tuple.getKeyNode(),
            "a key in " + describe(path) + " is not a plain name",
            "keys are plain words such as id or reward");
        continue;
      }
      NodeTuple first = entries.putIfAbsent(key.getValue(), tuple);
      if (first != null) {
        problems.at(
            key,
            "duplicate key '"
                + key.getValue()
                + "' in "
                + describe(path)
                + " (first written at line "
                + (first.getKeyNode().getStartMark().getLine() + 1)
                + ")",
            "keep one of them; YAML would silently use only one value");
      }
    }
  }

  /** Reports every key that is not in {@code allowed}, suggesting the closest allowed one. */
  void rejectUnknown(Collection<String> allowed) {
    for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
      String key = entry.getKey();
      if (key.equals(MERGE_KEY)) {
        problems.at(
            entry.getValue().getKeyNode(),
            "YAML merge keys (<<) are not supported in " + describe(path),
            "write every key of the plan out in full");
      } else if (!allowed.contains(key)) {
        String hint =
            Suggestions.closest(key, allowed)
                .map(s -> "did you mean " + s + "? allowed keys: " + String.join(", ", allowed))
                .orElse("allowed keys: " + String.join(", ", allowed));
        problems.at(
            entry.getValue().getKeyNode(), "unknown key '" + key + "' in " + describe(path), hint);
      }
    }
  }

  /** The value of {@code key} as written, including an explicit null. */
  Optional<Node> get(String key) {
    return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
  }

  /** The value of {@code key}, treating an explicit null ({@code key:} or {@code ~}) as absent. */
  Optional<Node> getUnlessNull(String key) {
    return get(key).filter(value -> !YamlValues.isNull(value));
  }

  /** The value of a key that must be present; reports it as missing otherwise. */
  Optional<Node> required(String key, String hint) {
    Optional<Node> value = get(key);
    if (value.isEmpty()) {
      problems.at(node, describe(path) + " is missing the required key '" + key + "'", hint);
    }
    return value;
  }

  /** The path of a key of this mapping, e.g. {@code plans[0].reward.percent}. */
  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  MappingNode node() {
    return node;
  }

  private static String describe(String path) {
    return path.isEmpty() ? "the top level of the file" : path;
  }
}

package dev.refsync.mappings.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML with SnakeYAML's node API, which keeps the position of every node, and turns it into a
 * Jackson tree for JSON-Schema validation. Duplicate keys are reported here: a plain loader would
 * silently keep the last one, hiding a mapping the user thinks is in effect.
 */
public final class YamlTreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 64;

  private YamlTreeReader() {}

  public static YamlTree read(String text) {
    Map<String, Position> values = new HashMap<>();
    Map<String, Position> keys = new HashMap<>();
    List<YamlTree.SyntaxProblem> problems = new ArrayList<>();
    Node node;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowRecursiveKeys(false);
      node = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Position at = Position.of(e.getProblemMark());
      problems.add(
          new YamlTree.SyntaxProblem(
              at,
              "YAML syntax error: " + e.getProblem(),
              "check the indentation and quoting on this line and the one before it"));
      return new YamlTree(MissingNode.getInstance(), values, keys, problems);
    } catch (YAMLException e) {
      problems.add(
          new YamlTree.SyntaxProblem(
              Position.START,
              "YAML error: " + e.getMessage(),
              "the file must be one YAML mapping"));
      return new YamlTree(MissingNode.getInstance(), values, keys, problems);
    }
    if (node == null) {
      problems.add(
          new YamlTree.SyntaxProblem(
              Position.START,
              "the file is empty",
              "start from a default: refsync mappings init DIR"));
      return new YamlTree(MissingNode.getInstance(), values, keys, problems);
    }
    JsonNode root = new Converter(values, keys, problems).convert(node, "", 0);
    return new YamlTree(root, values, keys, problems);
  }

  private record Converter(
      Map<String, Position> values,
      Map<String, Position> keys,
      List<YamlTree.SyntaxProblem> problems) {

    JsonNode convert(Node node, String pointer, int depth) {
      values.put(pointer, Position.of(node.getStartMark()));
      if (depth > MAX_DEPTH) {
        problems.add(
            new YamlTree.SyntaxProblem(
                Position.of(node.getStartMark()),
                "nesting deeper than " + MAX_DEPTH + " levels",
                "a mapping file is a few levels deep; check for runaway anchors"));
        return NODES.nullNode();
      }
      if (node instanceof MappingNode mapping) {
        return object(mapping, pointer, depth);
      }
      if (node instanceof SequenceNode sequence) {
        ArrayNode array = NODES.arrayNode();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
          array.add(convert(items.get(i), pointer + "/" + i, depth + 1));
        }
        return array;
      }
      return scalar((ScalarNode) node);
    }

    private ObjectNode object(MappingNode mapping, String pointer, int depth) {
      ObjectNode object = NODES.objectNode();
      for (NodeTuple tuple : mapping.getValue()) {
        Node keyNode = tuple.getKeyNode();
        Position keyPosition = Position.of(keyNode.getStartMark());
        if (!(keyNode instanceof ScalarNode keyScalar)) {
          problems.add(
              new YamlTree.SyntaxProblem(
                  keyPosition, "a key must be plain text", "write the key as a simple word"));
          continue;
        }
        String key = keyScalar.getValue();
        String child = pointer + "/" + YamlTree.segment(key);
        if (object.has(key)) {
          problems.add(
              new YamlTree.SyntaxProblem(
                  keyPosition,
                  "duplicate key '" + key + "' (first at line " + keys.get(child).line() + ")",
                  "each key may appear once; remove or merge one of them"));
          continue;
        }
        keys.put(child, keyPosition);
        object.set(key, convert(tuple.getValueNode(), child, depth + 1));
      }
      return object;
    }

    /** Uses the tag SnakeYAML resolved, so {@code 12} is a number and {@code "12"} is text. */
    private static JsonNode scalar(ScalarNode scalar) {
      String text = scalar.getValue();
      Tag tag = scalar.getTag();
      try {
        if (Tag.NULL.equals(tag)) {
          return NODES.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
          return NODES.booleanNode(parseBoolean(text));
        }
        if (Tag.INT.equals(tag)) {
          return NODES.numberNode(new BigInteger(text.replace("_", "")));
        }
        if (Tag.FLOAT.equals(tag)) {
          return NODES.numberNode(new BigDecimal(text.replace("_", "")));
        }
      } catch (NumberFormatException e) {
        return NODES.textNode(text);
      }
      return NODES.textNode(text);
    }

    private static boolean parseBoolean(String text) {
      String t = text.toLowerCase(java.util.Locale.ROOT);
      return t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y");
    }
  }
}

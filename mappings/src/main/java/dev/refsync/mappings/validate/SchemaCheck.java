package dev.refsync.mappings.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import dev.refsync.mappings.yaml.Position;
import dev.refsync.mappings.yaml.YamlTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Validates a mapping tree against the JSON Schema and turns each schema error into a problem at
 * the YAML position of the offending key or value, worded for the person editing the file.
 */
final class SchemaCheck {
  private final MappingSchema schema;

  SchemaCheck(MappingSchema schema) {
    this.schema = schema;
  }

  List<Problem> check(String file, YamlTree tree) {
    List<ValidationMessage> messages =
        schema.schema().validate(tree.root()).stream()
            .sorted(Comparator.comparing(m -> m.getInstanceLocation().toString()))
            .toList();
    // A value that matches no branch of a oneOf gets one error per branch as well; the oneOf
    // error alone, worded with the property's description, says it better.
    List<String> oneOfPointers =
        messages.stream()
            .filter(m -> "oneOf".equals(m.getType()))
            .map(m -> pointer(m.getInstanceLocation()))
            .toList();
    List<Problem> problems = new ArrayList<>();
    for (ValidationMessage m : messages) {
      String p = pointer(m.getInstanceLocation());
      boolean insideOneOf = m.getEvaluationPath().toString().contains("oneOf");
      if (!"oneOf".equals(m.getType())
          && insideOneOf
          && oneOfPointers.stream().anyMatch(o -> p.equals(o) || p.startsWith(o + "/"))) {
        continue;
      }
      problems.add(toProblem(file, tree, m));
    }
    return problems;
  }

  private Problem toProblem(String file, YamlTree tree, ValidationMessage m) {
    String pointer = pointer(m.getInstanceLocation());
    String where = pointer.isEmpty() ? "the file" : Paths.readable(pointer);
    String type = m.getType();
    if ("additionalProperties".equals(type)) {
      String key = m.getProperty();
      Position at = tree.keyAt(pointer + "/" + YamlTree.segment(key));
      List<String> allowed = allowedKeys(m);
      String in = pointer.isEmpty() ? "at the top level" : "in " + where;
      return new Problem(
          file,
          at.line(),
          at.column(),
          "unknown key '" + key + "' " + in,
          Hints.suggest(key, allowed));
    }
    if ("required".equals(type)) {
      Position at = tree.valueAt(pointer);
      String in = pointer.isEmpty() ? "at the top level" : "in " + where;
      return new Problem(
          file,
          at.line(),
          at.column(),
          "missing required key '" + m.getProperty() + "' " + in,
          "add '" + m.getProperty() + ":'; see the defaults (refsync mappings init DIR)");
    }
    Position at = tree.valueAt(pointer);
    if ("enum".equals(type) || "const".equals(type)) {
      String value = m.getInstanceNode() == null ? "" : m.getInstanceNode().asText();
      List<String> allowed = enumValues(m.getSchemaNode());
      String what = pointer.endsWith("/convert") ? "unknown conversion" : "unknown value";
      return new Problem(
          file,
          at.line(),
          at.column(),
          what + " '" + value + "' for " + where,
          Hints.suggest(value, allowed));
    }
    if ("type".equals(type)) {
      String actual = m.getInstanceNode() == null ? "?" : m.getInstanceNode().getNodeType().name();
      return new Problem(
          file,
          at.line(),
          at.column(),
          where + " has the wrong type: " + m.getError(),
          pointer.isEmpty()
              ? "a mapping file is a YAML mapping starting with version: 1 and system:"
              : typeHint(m.getError(), actual.toLowerCase(java.util.Locale.ROOT)));
    }
    if ("oneOf".equals(type)) {
      JsonNode described = schemaNode(m.getSchemaLocation().getFragment().getParent());
      return new Problem(
          file,
          at.line(),
          at.column(),
          where + " has the wrong form",
          described.path("description").asText(null));
    }
    return new Problem(file, at.line(), at.column(), where + ": " + m.getError(), null);
  }

  private static String typeHint(String error, String actual) {
    if (error.contains("array expected")) {
      return "found " + actual + "; write a list, e.g. [value1, value2]";
    }
    if (error.contains("object expected")) {
      return "found " + actual + "; write a mapping, e.g. {from: FieldName}";
    }
    return "found " + actual + "; quote text values, e.g. \"Closed Won\"";
  }

  private List<String> allowedKeys(ValidationMessage m) {
    JsonNode objectSchema = schemaNode(m.getSchemaLocation().getFragment().getParent());
    JsonNode props = objectSchema.path("properties");
    List<String> keys = new ArrayList<>();
    props.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static List<String> enumValues(JsonNode schemaNode) {
    if (schemaNode == null) {
      return List.of();
    }
    if (schemaNode.isArray()) {
      return StreamSupport.stream(schemaNode.spliterator(), false).map(JsonNode::asText).toList();
    }
    return List.of(schemaNode.asText());
  }

  private JsonNode schemaNode(JsonNodePath fragment) {
    JsonNode node = schema.document();
    if (fragment == null) {
      return node;
    }
    for (int i = 0; i < fragment.getNameCount(); i++) {
      Object element = fragment.getElement(i);
      node = element instanceof Integer index ? node.path(index) : node.path(element.toString());
    }
    return node;
  }

  private static String pointer(JsonNodePath path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      sb.append('/').append(YamlTree.segment(String.valueOf(path.getElement(i))));
    }
    return sb.toString();
  }
}

package dev.refsync.mappings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.mappings.validate.InvalidMappingException;
import dev.refsync.mappings.validate.Problem;
import dev.refsync.mappings.yaml.Position;
import dev.refsync.mappings.yaml.YamlTree;
import dev.refsync.mappings.yaml.YamlTreeReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The third way to recognise referrers (issue 3): a YAML file listing them, for programs whose
 * referrers live in no CRM (employees, individual customers). Validated like a mapping file: every
 * problem at once, with line and column.
 *
 * <pre>
 * referrers:
 *   - {id: emp-ann, type: EMPLOYEE, name: Ann Lee, email: ann@example.com}
 *   - {id: p-northwind, type: PARTNER, name: Northwind, tier: GOLD, accountId: 001Hs00003PartnAAA}
 * </pre>
 */
public final class ReferrersFile {
  private static final List<String> KEYS =
      List.of("id", "type", "name", "email", "tier", "accountId");

  private ReferrersFile() {}

  /**
   * Parses and validates the file's text.
   *
   * @param sourceName printed in problems
   * @throws InvalidMappingException listing every problem
   */
  public static List<Referrer> parse(String sourceName, String yaml) {
    YamlTree tree = YamlTreeReader.read(yaml);
    List<Problem> problems = new ArrayList<>();
    tree.syntaxProblems()
        .forEach(p -> problems.add(problem(sourceName, p.position(), p.message(), p.hint())));
    JsonNode list = tree.root().path("referrers");
    if (problems.isEmpty() && !list.isArray()) {
      problems.add(
          problem(
              sourceName,
              tree.valueAt(""),
              "the file must hold a 'referrers:' list",
              "referrers:\n  - {id: ..., type: PARTNER, name: ...}"));
    }
    List<Referrer> referrers = new ArrayList<>();
    Map<String, Integer> lineOfId = new HashMap<>();
    for (int i = 0; list.isArray() && i < list.size(); i++) {
      String pointer = "/referrers/" + i;
      JsonNode item = list.path(i);
      int before = problems.size();
      item.fieldNames()
          .forEachRemaining(
              key -> {
                if (!KEYS.contains(key)) {
                  problems.add(
                      problem(
                          sourceName,
                          tree.keyAt(pointer + "/" + YamlTree.segment(key)),
                          "unknown key '" + key + "'",
                          "allowed: " + String.join(", ", KEYS)));
                }
              });
      String id = item.path("id").asText("").strip();
      if (id.isEmpty()) {
        problems.add(
            problem(sourceName, tree.valueAt(pointer), "a referrer needs an id", "add id: ..."));
      } else if (lineOfId.containsKey(id)) {
        problems.add(
            problem(
                sourceName,
                tree.valueAt(pointer + "/id"),
                "duplicate referrer id '" + id + "' (first at line " + lineOfId.get(id) + ")",
                "ids must be unique"));
      } else {
        lineOfId.put(id, tree.valueAt(pointer + "/id").line());
      }
      ReferrerType type = type(item.path("type").asText(""));
      if (type == null) {
        problems.add(
            problem(
                sourceName,
                tree.valueAt(pointer + (item.has("type") ? "/type" : "")),
                item.has("type")
                    ? "'" + item.path("type").asText() + "' is not a referrer type"
                    : "a referrer needs a type",
                "one of " + Arrays.toString(ReferrerType.values())));
      }
      if (problems.size() == before) {
        referrers.add(
            new Referrer(
                id,
                type,
                text(item, "name"),
                text(item, "email"),
                text(item, "tier"),
                text(item, "accountId")));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidMappingException(problems);
    }
    return List.copyOf(referrers);
  }

  private static ReferrerType type(String text) {
    return Arrays.stream(ReferrerType.values())
        .filter(t -> t.name().equalsIgnoreCase(text.strip()))
        .findFirst()
        .orElse(null);
  }

  private static String text(JsonNode item, String key) {
    JsonNode v = item.path(key);
    return v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? v.asText().strip() : null;
  }

  private static Problem problem(String file, Position at, String message, String hint) {
    return new Problem(file, at.line(), at.column(), message, hint);
  }
}

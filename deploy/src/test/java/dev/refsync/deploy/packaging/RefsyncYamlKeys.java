package dev.refsync.deploy.packaging;

import dev.refsync.core.config.Secret;
import dev.refsync.deploy.config.ConfigReference;
import dev.refsync.deploy.config.ConfigSection;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks the keys of a refsync.yaml against the config records the reference documents, so that an
 * example or a chart default with a misspelt key, a secret written inline or a missing required key
 * fails a test instead of a first deployment.
 */
final class RefsyncYamlKeys {
  private static final Set<String> TOP_LEVEL =
      Set.of("plans", "mappings-dir", "store", "push", "schedule", "connections");
  private static final Set<String> SCHEDULE = Set.of("pull", "engine", "push");

  private RefsyncYamlKeys() {}

  /** Every problem of the file, each naming its key; empty when it matches the records. */
  @SuppressWarnings("unchecked")
  static List<String> problems(String yaml) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> root = new Yaml().load(yaml);
    if (root == null || !(root.get("refsync") instanceof Map<?, ?>)) {
      return List.of("no refsync: section");
    }
    Map<String, Object> refsync = (Map<String, Object>) root.get("refsync");
    refsync.keySet().stream()
        .filter(k -> !TOP_LEVEL.contains(k))
        .forEach(k -> problems.add("refsync." + k + ": unknown key"));
    if (!refsync.containsKey("plans")) {
      problems.add("refsync.plans: missing");
    }
    if (refsync.get("schedule") instanceof Map<?, ?> schedule) {
      schedule.keySet().stream()
          .filter(k -> !SCHEDULE.contains(k))
          .forEach(k -> problems.add("refsync.schedule." + k + ": unknown key"));
    }
    check(
        "refsync.store",
        (Map<String, Object>) refsync.get("store"),
        section("StoreConfig"),
        problems);
    check(
        "refsync.push", (Map<String, Object>) refsync.get("push"), section("PushPolicy"), problems);
    Map<String, Object> connections = (Map<String, Object>) refsync.get("connections");
    if (connections == null || connections.isEmpty()) {
      problems.add("refsync.connections: none declared");
      return problems;
    }
    connections.forEach(
        (name, value) -> {
          Map<String, Object> connection = (Map<String, Object>) value;
          String path = "refsync.connections." + name;
          Object type = connection.get("type");
          String record =
              switch (String.valueOf(type)) {
                case "salesforce" -> "SalesforceConfig";
                case "hubspot" -> "HubSpotConfig";
                case "stripe" -> "StripeConfig";
                default -> null;
              };
          if (record == null) {
            problems.add(path + ".type: '" + type + "' is not salesforce, hubspot or stripe");
            return;
          }
          Map<String, Object> keys = new java.util.LinkedHashMap<>(connection);
          keys.remove("type");
          ConfigSection section = section(record);
          check(path, keys, section, problems);
          for (String required : section.required()) {
            String key = ConfigReference.kebab(required);
            if (!keys.containsKey(key) && !keys.containsKey(key + "-file")) {
              problems.add(path + "." + key + ": required by " + record + " but missing");
            }
          }
        });
    return problems;
  }

  private static void check(
      String path, Map<String, Object> keys, ConfigSection section, List<String> problems) {
    if (keys == null) {
      return;
    }
    Map<String, Class<?>> components = new java.util.HashMap<>();
    for (RecordComponent c : section.type().getRecordComponents()) {
      components.put(ConfigReference.kebab(c.getName()), c.getType());
    }
    keys.forEach(
        (key, value) -> {
          boolean file = key.endsWith("-file");
          String component = file ? key.substring(0, key.length() - "-file".length()) : key;
          Class<?> type = components.get(component);
          if (type == null) {
            problems.add(path + "." + key + ": unknown key of " + section.type().getSimpleName());
          } else if (file && type != Secret.class) {
            problems.add(path + "." + key + ": only secrets can be read from a file");
          } else if (!file && type == Secret.class) {
            problems.add(path + "." + key + ": secret written inline; use " + key + "-file");
          }
        });
  }

  private static ConfigSection section(String recordName) {
    return ConfigReference.sections().stream()
        .filter(s -> s.type().getSimpleName().equals(recordName))
        .findFirst()
        .orElseThrow();
  }
}

package dev.refsync.deploy.config;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One block of {@code refsync.yaml} documented from a config record: where it sits in the file and
 * what each component defaults to.
 *
 * @param title heading of the section in the reference
 * @param yamlPath where the record's keys sit, e.g. {@code refsync.store} or {@code
 *     refsync.connections.<name>}
 * @param intro one paragraph before the table (Markdown)
 * @param type the config record whose components are the keys
 * @param defaults an instance built by the record's own {@code defaults(...)} factory, or {@code
 *     null} when the record has none; its component values are the documented defaults
 * @param required components that have no default (the factory's own parameters)
 * @param notes default-column text for components whose default is not a constant, e.g. derived
 *     from another key
 */
public record ConfigSection(
    String title,
    String yamlPath,
    String intro,
    Class<? extends Record> type,
    Record defaults,
    Set<String> required,
    Map<String, String> notes) {
  public ConfigSection {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(yamlPath, "yamlPath");
    Objects.requireNonNull(intro, "intro");
    Objects.requireNonNull(type, "type");
    if (defaults != null && !type.isInstance(defaults)) {
      throw new IllegalArgumentException(
          "defaults of section " + title + " is not a " + type.getSimpleName());
    }
    required = Set.copyOf(required);
    notes = Map.copyOf(notes);
  }
}

package dev.refsync.core.config;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@link Doc} of every component of a config record. */
public final class ConfigDocs {
  private ConfigDocs() {}

  /** Component name to its doc, in declaration order; a component without a doc maps to "". */
  public static Map<String, String> of(Class<? extends Record> config) {
    Map<String, String> docs = new LinkedHashMap<>();
    for (RecordComponent component : config.getRecordComponents()) {
      Doc doc = component.getAnnotation(Doc.class);
      docs.put(component.getName(), doc == null ? "" : doc.value().strip());
    }
    return docs;
  }

  /** The components whose doc is missing or blank, so a test can name them. */
  public static List<String> undocumented(Class<? extends Record> config) {
    List<String> missing = new ArrayList<>();
    of(config)
        .forEach(
            (name, doc) -> {
              if (doc.isEmpty()) {
                missing.add(config.getSimpleName() + "." + name);
              }
            });
    return missing;
  }
}

package dev.refsync.deploy.daemon.config;

import dev.refsync.core.config.ConfigProblem;
import dev.refsync.core.config.Secret;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.convert.DurationStyle;

/**
 * Binds one config record (DESIGN 11) from a section of {@code refsync.yaml}: each component is
 * read from its kebab-case key, a missing key keeps the record's documented default, and a secret
 * may also come from a mounted file ({@code <key>-file}), the way Kubernetes and Docker hand out
 * secrets. Every problem is collected, none stops the others from being found.
 */
final class RecordBinder {
  private RecordBinder() {}

  /** The result of a bind: the record, or null when a problem prevented building it. */
  record Bound<R>(R value, List<ConfigProblem> problems) {}

  /**
   * @param prefix the section's key, e.g. {@code refsync.connections.hubspot-main}
   * @param section the section's keys and values (strings, as Spring resolved them)
   * @param defaults the record with every documented default; components are taken from it when
   *     their key is absent
   * @param ignored keys of the section that are not record components (e.g. {@code type})
   */
  static <R extends Record> Bound<R> bind(
      Class<R> type, String prefix, Map<String, Object> section, R defaults, Set<String> ignored) {
    List<ConfigProblem> problems = new ArrayList<>();
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    Set<String> known = new LinkedHashSet<>(ignored);
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      String key = kebab(component.getName());
      known.add(key);
      String fullKey = prefix + "." + key;
      Object raw = section.get(key);
      if (component.getType() == Secret.class) {
        known.add(key + "-file");
        Object file = section.get(key + "-file");
        if (raw != null && file != null) {
          problems.add(
              new ConfigProblem(
                  fullKey, "is given both inline and as " + key + "-file", "keep one of the two"));
        } else if (file != null) {
          raw = readSecretFile(fullKey + "-file", String.valueOf(file), problems);
          if (raw == null) {
            values[i] = defaultOf(component, defaults);
            continue;
          }
        }
      }
      if (raw == null) {
        values[i] = defaultOf(component, defaults);
        continue;
      }
      try {
        values[i] = convert(component.getType(), String.valueOf(raw).strip());
      } catch (RuntimeException e) {
        problems.add(
            new ConfigProblem(
                fullKey,
                "cannot read '"
                    + (component.getType() == Secret.class ? "****" : raw)
                    + "' as "
                    + describe(component.getType()),
                hintFor(component.getType())));
        values[i] = defaultOf(component, defaults);
      }
    }
    for (String key : section.keySet()) {
      if (!known.contains(key)) {
        problems.add(
            new ConfigProblem(
                prefix + "." + key,
                "is not a setting of this section",
                "known keys: " + String.join(", ", known)));
      }
    }
    if (!problems.isEmpty()) {
      return new Bound<>(null, problems);
    }
    try {
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
      }
      return new Bound<>(type.getDeclaredConstructor(types).newInstance(values), problems);
    } catch (InvocationTargetException e) {
      problems.add(
          new ConfigProblem(
              prefix, String.valueOf(e.getCause().getMessage()), "correct the section's values"));
      return new Bound<>(null, problems);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  /** {@code privateAppToken} -> {@code private-app-token}. */
  static String kebab(String camel) {
    StringBuilder out = new StringBuilder();
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('-').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Object defaultOf(RecordComponent component, Record defaults) {
    if (defaults == null) {
      return component.getType().isPrimitive() ? 0 : null;
    }
    try {
      return component.getAccessor().invoke(defaults);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read default " + component.getName(), e);
    }
  }

  private static String readSecretFile(String key, String path, List<ConfigProblem> problems) {
    try {
      return Files.readString(Path.of(path), StandardCharsets.UTF_8).strip();
    } catch (IOException | RuntimeException e) {
      problems.add(
          new ConfigProblem(
              key,
              "cannot read the secret file " + path + " (" + e.getClass().getSimpleName() + ")",
              "mount the file there, readable by the refsync user"));
      return null;
    }
  }

  private static Object convert(Class<?> type, String raw) {
    if (type == String.class) {
      return raw;
    }
    if (type == Secret.class) {
      return Secret.of(raw);
    }
    if (type == int.class || type == Integer.class) {
      return Integer.parseInt(raw);
    }
    if (type == long.class || type == Long.class) {
      return Long.parseLong(raw);
    }
    if (type == boolean.class || type == Boolean.class) {
      if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
        throw new IllegalArgumentException(raw);
      }
      return Boolean.parseBoolean(raw);
    }
    if (type == Duration.class) {
      return DurationStyle.detectAndParse(raw);
    }
    if (type == URI.class) {
      URI uri = URI.create(raw);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException(raw);
      }
      return uri;
    }
    if (type == ZoneId.class) {
      return ZoneId.of(raw);
    }
    if (type == Path.class) {
      return Path.of(raw);
    }
    throw new IllegalStateException("no converter for " + type.getName());
  }

  private static String describe(Class<?> type) {
    return type.isPrimitive() ? type.getName() : type.getSimpleName().toLowerCase(Locale.ROOT);
  }

  private static String hintFor(Class<?> type) {
    if (type == Duration.class) {
      return "write a duration such as 500ms, 30s, 10m or PT1H";
    }
    if (type == URI.class) {
      return "write an absolute URL such as https://api.hubapi.com";
    }
    if (type == ZoneId.class) {
      return "write a time zone id such as UTC or Europe/Berlin";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "write true or false";
    }
    return "write a whole number";
  }
}

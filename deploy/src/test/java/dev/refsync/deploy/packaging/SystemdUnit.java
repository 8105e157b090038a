package dev.refsync.deploy.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A systemd unit file read as systemd reads it (systemd.syntax(7)): {@code [Section]} headers,
 * {@code Key=Value} lines, {@code #}/{@code ;} comments, a trailing {@code \} continuing a line,
 * and a key that may repeat (each occurrence is kept, in order).
 */
record SystemdUnit(Map<String, Map<String, List<String>>> sections) {

  static SystemdUnit parse(Path file) throws IOException {
    Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
    Map<String, List<String>> current = null;
    StringBuilder continued = new StringBuilder();
    int number = 0;
    for (String raw : Files.readAllLines(file)) {
      number++;
      String line = raw.strip();
      if (continued.isEmpty() && (line.isEmpty() || line.startsWith("#") || line.startsWith(";"))) {
        continue;
      }
      if (line.endsWith("\\")) {
        continued.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      line = continued.append(line).toString().strip();
      continued.setLength(0);
      if (line.startsWith("[") && line.endsWith("]")) {
        current =
            sections.computeIfAbsent(
                line.substring(1, line.length() - 1), s -> new LinkedHashMap<>());
        continue;
      }
      int eq = line.indexOf('=');
      if (current == null || eq < 1) {
        throw new IllegalStateException(
            file + ":" + number + ": not a Key=Value line in a section: " + raw);
      }
      current
          .computeIfAbsent(line.substring(0, eq).strip(), k -> new ArrayList<>())
          .add(line.substring(eq + 1).strip());
    }
    return new SystemdUnit(sections);
  }

  /** The last value of a key (systemd's rule for single-valued settings), or null. */
  String get(String section, String key) {
    List<String> values = sections.getOrDefault(section, Map.of()).get(key);
    return values == null ? null : values.get(values.size() - 1);
  }
}

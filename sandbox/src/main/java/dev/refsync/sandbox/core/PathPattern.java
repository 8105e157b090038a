package dev.refsync.sandbox.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path template such as {@code /crm/v3/objects/{objectType}/{id}}; each {@code {name}} matches
 * one non-empty path segment and is returned by name.
 */
public final class PathPattern {

  private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  private final String template;
  private final Pattern regex;
  private final List<String> names;

  public PathPattern(String template) {
    this.template = template;
    List<String> found = new ArrayList<>();
    Matcher m = PARAM.matcher(template);
    StringBuilder sb = new StringBuilder("^");
    int last = 0;
    while (m.find()) {
      sb.append(Pattern.quote(template.substring(last, m.start())));
      sb.append("([^/]+)");
      found.add(m.group(1));
      last = m.end();
    }
    sb.append(Pattern.quote(template.substring(last))).append("/?$");
    this.regex = Pattern.compile(sb.toString());
    this.names = List.copyOf(found);
  }

  /** Path parameters by name when {@code path} matches, else empty. */
  public Optional<Map<String, String>> match(String path) {
    Matcher m = regex.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      params.put(names.get(i), m.group(i + 1));
    }
    return Optional.of(params);
  }

  /** Templates with fewer parameters win over ones that would also match (literal beats param). */
  int parameterCount() {
    return names.size();
  }

  @Override
  public String toString() {
    return template;
  }
}

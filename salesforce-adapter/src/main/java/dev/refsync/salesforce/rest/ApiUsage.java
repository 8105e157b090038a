package dev.refsync.salesforce.rest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The org's API allocation as of one response's {@code Sforce-Limit-Info: api-usage=USED/LIMIT}
 * (VENDOR-FACTS "usage header"), read at run time rather than hard-coded (DESIGN 10).
 */
public record ApiUsage(long used, long limit) {
  public static final String HEADER = "Sforce-Limit-Info";
  private static final Pattern API_USAGE = Pattern.compile("(?:^|[;,\\s])api-usage=(\\d+)/(\\d+)");

  /** The snapshot in a header value; empty when the header has no {@code api-usage} entry. */
  public static Optional<ApiUsage> parse(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher m = API_USAGE.matcher(header);
    return m.find()
        ? Optional.of(new ApiUsage(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))))
        : Optional.empty();
  }

  public long remaining() {
    return Math.max(0, limit - used);
  }
}

package dev.refsync.core.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the {@link ConfigProblem}s of one config section so a record reports every problem at
 * once (DESIGN 11): each check adds a problem keyed {@code section.field} instead of throwing. Each
 * {@code require…} returns whether the value passed, so a record can add a finer check (a format, a
 * cross-field rule) only when the basic one holds. No check quotes a {@link Secret}.
 */
public final class ConfigChecks {
  private final String section;
  private final List<ConfigProblem> problems = new ArrayList<>();

  /**
   * @param section the configuration section, the first part of every key, e.g. {@code hubspot}
   */
  public ConfigChecks(String section) {
    this.section = Objects.requireNonNull(section, "section");
  }

  /** The value is neither {@code null} nor blank. */
  public boolean requireText(String field, String value, String hint) {
    return check(value != null && !value.isBlank(), field, "is missing", hint);
  }

  /** The value is set (for fields whose absence is the only way they can be wrong). */
  public boolean requirePresent(String field, Object value, String hint) {
    return check(value != null, field, "is missing", hint);
  }

  /** The secret is set and not empty; its value never reaches the problem. */
  public boolean requireSecret(String field, Secret value, String hint) {
    return check(value != null && !value.isEmpty(), field, "is missing", hint);
  }

  /** The duration is set and longer than zero. */
  public boolean requirePositive(String field, Duration value, String hint) {
    if (!requirePresent(field, value, hint)) {
      return false;
    }
    return check(
        !value.isNegative() && !value.isZero(),
        field,
        "must be a positive duration, was " + value,
        hint);
  }

  /** The number is at least {@code min}. */
  public boolean requireAtLeast(String field, long value, long min, String hint) {
    return check(value >= min, field, "must be at least " + min + ", was " + value, hint);
  }

  /** The number is within {@code min} to {@code max}, both included. */
  public boolean requireBetween(String field, long value, long min, long max, String hint) {
    return check(
        value >= min && value <= max,
        field,
        "must be " + min + " to " + max + ", was " + value,
        hint);
  }

  /** The URL is set, http or https, and has a host. */
  public boolean requireAbsoluteUrl(String field, URI value, String hint) {
    if (!requirePresent(field, value, hint)) {
      return false;
    }
    boolean http = "https".equals(value.getScheme()) || "http".equals(value.getScheme());
    return check(
        http && value.getHost() != null,
        field,
        "must be an absolute http(s) URL with a host, was " + value,
        hint);
  }

  /** The text is set and parses as an http or https URL with a host. */
  public boolean requireAbsoluteUrl(String field, String value, String hint) {
    if (!requireText(field, value, hint)) {
      return false;
    }
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      return check(false, field, "is not a URL (" + e.getReason() + "), was " + value, hint);
    }
    return requireAbsoluteUrl(field, uri, hint);
  }

  /**
   * Adds a problem when {@code ok} is false: for a rule the {@code require…} checks do not cover,
   * such as a cross-field rule. The message must not quote a secret.
   */
  public boolean check(boolean ok, String field, String message, String hint) {
    if (!ok) {
      problems.add(new ConfigProblem(section + "." + field, message, hint));
    }
    return ok;
  }

  /** Every problem found so far, in the order the checks ran. */
  public List<ConfigProblem> problems() {
    return List.copyOf(problems);
  }
}

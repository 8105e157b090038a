package dev.refsync.core.plans;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reading of YAML nodes. Each method reports a located problem and returns empty when the
 * value does not fit, so the caller can carry on and find the next problem.
 */
final class YamlValues {
  /** YAML 1.1 reads {@code 012} as octal 10; a leading zero is refused rather than guessed at. */
  private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_].*");

  private YamlValues() {}

  static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  /** A non-blank text value; numbers and booleans are taken as their written text. */
  static Optional<String> text(Node node, String path, Problems problems) {
    return scalar(node, path, "a text value", problems)
        .flatMap(
            scalar -> {
              String text = scalar.getValue().trim();
              if (text.isEmpty()) {
                problems.at(node, path + " is empty", "write a value or remove the key");
                return Optional.empty();
              }
              return Optional.of(text);
            });
  }

  /**
   * A decimal number, converted from the text as written (never through {@code double}, which would
   * turn 0.1 into 0.1000000000000000055...). YAML ints, floats and quoted decimal strings are
   * accepted.
   */
  static Optional<BigDecimal> decimal(Node node, String path, Problems problems) {
    Optional<ScalarNode> scalar = scalar(node, path, "a number", problems);
    if (scalar.isEmpty()) {
      return Optional.empty();
    }
    Tag tag = scalar.get().getTag();
    String written = scalar.get().getValue().trim();
    if (!tag.equals(Tag.INT) && !tag.equals(Tag.FLOAT) && !tag.equals(Tag.STR)) {
      problems.at(
          node, path + " must be a number, not '" + written + "'", "write digits, e.g. 90 or 12.5");
      return Optional.empty();
    }
    // YAML 1.1 allows 1_000 in plain numbers; a quoted string is taken literally.
    String digits = tag.equals(Tag.STR) ? written : written.replace("_", "");
    if (LEADING_ZERO.matcher(digits).matches()) {
      problems.at(
          node,
          path + " is written with a leading zero ('" + written + "'), which YAML reads as octal",
          "write the number without leading zeros");
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(digits));
    } catch (NumberFormatException e) {
      problems.at(
          node, path + " must be a number, not '" + written + "'", "write digits, e.g. 90 or 12.5");
      return Optional.empty();
    }
  }

  /** A whole number that fits an {@code int}. */
  static Optional<Integer> integer(Node node, String path, Problems problems) {
    return decimal(node, path, problems)
        .flatMap(
            value -> {
              if (value.stripTrailingZeros().scale() > 0) {
                problems.at(
                    node,
                    path + " must be a whole number, not " + value.toPlainString(),
                    "write it without a fraction, e.g. 30");
                return Optional.empty();
              }
              try {
                return Optional.of(value.intValueExact());
              } catch (ArithmeticException e) {
                problems.at(
                    node,
                    path + " is too large (" + value.toPlainString() + ")",
                    "use a value below " + Integer.MAX_VALUE);
                return Optional.empty();
              }
            });
  }

  /** A whole number of at least 1. */
  static Optional<Integer> positiveInt(Node node, String path, Problems problems) {
    return integer(node, path, problems)
        .filter(
            value ->
                check(
                    value > 0,
                    node,
                    path + " must be greater than 0, not " + value,
                    "use a whole number of at least 1",
                    problems));
  }

  /** A whole number of 0 or more. */
  static Optional<Integer> nonNegativeInt(Node node, String path, Problems problems) {
    return integer(node, path, problems)
        .filter(
            value ->
                check(
                    value >= 0,
                    node,
                    path + " must not be negative, not " + value,
                    "use a whole number of 0 or more",
                    problems));
  }

  /** A decimal greater than 0. */
  static Optional<BigDecimal> positiveDecimal(Node node, String path, Problems problems) {
    return decimal(node, path, problems)
        .filter(
            value ->
                check(
                    value.signum() > 0,
                    node,
                    path + " must be greater than 0, not " + value.toPlainString(),
                    "use a number greater than 0",
                    problems));
  }

  /** A decimal of 0 or more (amounts and caps). */
  static Optional<BigDecimal> nonNegativeDecimal(Node node, String path, Problems problems) {
    return decimal(node, path, problems)
        .filter(
            value ->
                check(
                    value.signum() >= 0,
                    node,
                    path + " must not be negative, not " + value.toPlainString(),
                    "amounts are written as positive numbers, e.g. 1000",
                    problems));
  }

  /** A percentage in (0, 100], written as in YAML: 10 means 10 %. */
  static Optional<BigDecimal> percent(Node node, String path, Problems problems) {
    return decimal(node, path, problems)
        .filter(
            value ->
                check(
                    value.signum() > 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0,
                    node,
                    path + " must be more than 0 and at most 100, not " + value.toPlainString(),
                    "write the percentage itself: 10 means 10 %",
                    problems));
  }

  /** {@code true} or {@code false} (YAML 1.1's yes/no/on/off are refused as ambiguous). */
  static Optional<Boolean> bool(Node node, String path, Problems problems) {
    return scalar(node, path, "true or false", problems)
        .flatMap(
            scalar -> {
              String text = scalar.getValue().trim().toLowerCase(Locale.ROOT);
              if (Tag.BOOL.equals(scalar.getTag())
                  && (text.equals("true") || text.equals("false"))) {
                return Optional.of(Boolean.parseBoolean(text));
              }
              problems.at(
                  node,
                  path + " must be true or false, not '" + scalar.getValue() + "'",
                  "write true or false, without quotes");
              return Optional.empty();
            });
  }

  /**
   * One of an enum's constants, case-sensitive as DESIGN writes them; a value that differs only in
   * case or separators gets the exact spelling as hint.
   */
  static <E extends Enum<E>> Optional<E> enumValue(
      Node node, String path, Class<E> type, Problems problems) {
    List<String> names =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
    String allowed = "allowed values: " + String.join(", ", names);
    if (isNull(node)) {
      problems.at(node, path + " has no value", allowed);
      return Optional.empty();
    }
    Optional<String> text = text(node, path, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String written = text.get();
    if (names.contains(written)) {
      return Optional.of(Enum.valueOf(type, written));
    }
    String normalized = written.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    String hint =
        names.contains(normalized)
            ? "values are case-sensitive: write " + normalized
            : Suggestions.closest(written, names)
                .map(s -> "did you mean " + s + "? " + allowed)
                .orElse(allowed);
    problems.at(node, path + " has the unknown value '" + written + "'", hint);
    return Optional.empty();
  }

  /** The items of a YAML list. */
  static Optional<List<Node>> sequence(Node node, String path, String example, Problems problems) {
    if (node instanceof SequenceNode sequence) {
      return Optional.of(sequence.getValue());
    }
    problems.at(node, path + " must be a list", "write it like " + example);
    return Optional.empty();
  }

  private static Optional<ScalarNode> scalar(
      Node node, String path, String expected, Problems problems) {
    if (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
      return Optional.of(scalar);
    }
    String found = node instanceof ScalarNode ? "has no value" : "is a " + kind(node);
    problems.at(node, path + " " + found + " but must be " + expected, "write " + expected);
    return Optional.empty();
  }

  private static String kind(Node node) {
    return node instanceof SequenceNode ? "list" : "mapping";
  }

  private static boolean check(
      boolean ok, Node node, String message, String hint, Problems problems) {
    if (!ok) {
      problems.at(node, message, hint);
    }
    return ok;
  }
}

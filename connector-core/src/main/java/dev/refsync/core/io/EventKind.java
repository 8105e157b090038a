package dev.refsync.core.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code kind} of an events line (DESIGN 7), in the order references are resolved: a kind only
 * refers to kinds before it, so one pass in this order settles every dependency.
 */
enum EventKind {
  ACCOUNT,
  REFERRER,
  REFERRAL,
  CONTACT,
  DEAL,
  PAYMENT,
  REFUND,
  CHURN;

  static final String ALLOWED =
      Arrays.stream(values()).map(EventKind::jsonName).collect(Collectors.joining(", "));

  private static final Map<String, EventKind> BY_JSON_NAME =
      Arrays.stream(values()).collect(Collectors.toMap(EventKind::jsonName, k -> k));

  private final String jsonName = name().toLowerCase(Locale.ROOT);

  String jsonName() {
    return jsonName;
  }

  /** The kind written as {@code text}, or null when there is none. */
  static EventKind of(String text) {
    return BY_JSON_NAME.get(text);
  }
}

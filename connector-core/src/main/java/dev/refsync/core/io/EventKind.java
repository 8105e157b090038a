package dev.refsync.core.io;

import java.util.Arrays;
import java.util.Locale;
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

  String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind written as {@code text}, or null when there is none. */
  static EventKind of(String text) {
    for (EventKind k : values()) {
      if (k.jsonName().equals(text)) {
        return k;
      }
    }
    return null;
  }
}

package dev.refsync.stripe.push;

/**
 * Stripe's metadata limits (VENDOR-FACTS, Stripe; docs.stripe.com/api/metadata). Checked before a
 * request is sent so a change Stripe would refuse never costs a request, and is never truncated.
 */
public enum MetadataLimit {
  /** A key holds at most 40 characters. */
  KEY_LENGTH(40, "characters in a key"),
  /** A value holds at most 500 characters. */
  VALUE_LENGTH(500, "characters in a value"),
  /** An object holds at most 50 keys. */
  KEY_COUNT(50, "keys on one object");

  private final int max;
  private final String what;

  MetadataLimit(int max, String what) {
    this.max = max;
    this.what = what;
  }

  public int max() {
    return max;
  }

  /** "40 characters in a key". */
  public String describe() {
    return max + " " + what;
  }
}

package dev.refsync.stripe.push;

import java.util.Objects;

/**
 * One metadata key a change cannot carry.
 *
 * @param key the metadata key at fault (for {@link MetadataLimit#KEY_COUNT}, the keys the change
 *     would add, comma-separated)
 * @param limit the limit it breaks
 * @param actual its length, or the key count after the change
 */
public record MetadataViolation(String key, MetadataLimit limit, int actual) {
  public MetadataViolation {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(limit, "limit");
  }

  /** What is wrong, naming the key and the limit. */
  public String describe() {
    return switch (limit) {
      case KEY_LENGTH ->
          "metadata key '" + key + "' has " + actual + " characters; Stripe allows " + limit.max();
      case VALUE_LENGTH ->
          "the value of metadata key '"
              + key
              + "' has "
              + actual
              + " characters; Stripe allows "
              + limit.max();
      case KEY_COUNT ->
          "adding metadata key(s) '"
              + key
              + "' would give the customer "
              + actual
              + " keys; Stripe allows "
              + limit.max();
    };
  }
}

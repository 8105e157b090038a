package dev.refsync.stripe.push;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The smallest metadata update that brings a Stripe customer to the values Refsync wants: only the
 * keys the mapping writes and whose value differs. Keys the mapping does not write (the CRM account
 * id, finance's own keys) are never sent, so Stripe's merge leaves them as they are.
 *
 * @param customerId the Stripe customer
 * @param updates key → value to send, sorted by key; {@code ""} removes the key (Stripe's way to
 *     unset one metadata key, docs.stripe.com/api/metadata)
 * @param before key → the customer's value when the change was computed, for the keys in {@code
 *     updates} the customer had
 */
public record MetadataChange(
    String customerId, SortedMap<String, String> updates, SortedMap<String, String> before) {

  /** Prefix of every idempotency key Refsync sends for a metadata change. */
  public static final String KEY_PREFIX = "refsync-meta-";

  /** Stripe keeps idempotency keys of at most 255 characters (VENDOR-FACTS). */
  public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

  public MetadataChange {
    Objects.requireNonNull(customerId, "customerId");
    updates = Collections.unmodifiableSortedMap(new TreeMap<>(updates));
    before = Collections.unmodifiableSortedMap(new TreeMap<>(before));
  }

  /**
   * The change from {@code current} to {@code desired}.
   *
   * @param current the customer's metadata now (null or empty when it has none)
   * @param desired what the write-back mapping wants, key → value; an empty value means the key
   *     must be absent
   * @throws MetadataLimitExceededException listing every Stripe limit the change would break
   */
  public static MetadataChange between(
      String customerId, Map<String, String> current, Map<String, String> desired) {
    Map<String, String> now = current == null ? Map.of() : current;
    SortedMap<String, String> updates = new TreeMap<>();
    SortedMap<String, String> before = new TreeMap<>();
    for (Map.Entry<String, String> e : new TreeMap<>(desired).entrySet()) {
      String key = e.getKey();
      String want = e.getValue() == null ? "" : e.getValue();
      String have = now.get(key);
      boolean differs = want.isEmpty() ? have != null : !want.equals(have);
      if (differs) {
        updates.put(key, want);
        if (have != null) {
          before.put(key, have);
        }
      }
    }
    MetadataChange change = new MetadataChange(customerId, updates, before);
    List<MetadataViolation> violations = lengthViolations(desired);
    change.countViolation(now.size()).ifPresent(violations::add);
    if (!violations.isEmpty()) {
      throw new MetadataLimitExceededException(customerId, violations);
    }
    return change;
  }

  /**
   * Checks what does not depend on the customer (key and value lengths), so a value Stripe would
   * refuse costs no request at all.
   *
   * @throws MetadataLimitExceededException listing every key or value that is too long
   */
  public static void checkLengths(String customerId, Map<String, String> desired) {
    List<MetadataViolation> violations = lengthViolations(desired);
    if (!violations.isEmpty()) {
      throw new MetadataLimitExceededException(customerId, violations);
    }
  }

  /** True when the customer already has every value: nothing is sent. */
  public boolean isEmpty() {
    return updates.isEmpty();
  }

  /**
   * {@code refsync-meta-} + hex SHA-256 of the customer id and the sorted (key, value before, value
   * after) triples: 77 characters. The same change always gets the same key, so a retry, or a
   * re-send after a crash, is replayed by Stripe's idempotency store (kept ≥ 24 h) instead of
   * applied twice; any other change gets another key. The value before is part of it so that a
   * value finance edited in Stripe and Refsync sets back is a new change, not a replay of the
   * earlier one.
   */
  public String idempotencyKey() {
    StringBuilder canonical = new StringBuilder();
    field(canonical, customerId);
    for (Map.Entry<String, String> e : updates.entrySet()) {
      field(canonical, e.getKey());
      field(canonical, before.containsKey(e.getKey()) ? "1" + before.get(e.getKey()) : "0");
      field(canonical, e.getValue());
    }
    return KEY_PREFIX + HexFormat.of().formatHex(sha256(canonical.toString()));
  }

  /** Length-prefixed, so no two different changes encode to the same text. */
  private static void field(StringBuilder s, String value) {
    s.append(value.length()).append(':').append(value).append(';');
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java 17 runtime provides SHA-256", e);
    }
  }

  private static List<MetadataViolation> lengthViolations(Map<String, String> desired) {
    List<MetadataViolation> out = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(desired).entrySet()) {
      String key = e.getKey();
      String value = e.getValue() == null ? "" : e.getValue();
      if (key.length() > MetadataLimit.KEY_LENGTH.max()) {
        out.add(new MetadataViolation(key, MetadataLimit.KEY_LENGTH, key.length()));
      }
      if (value.length() > MetadataLimit.VALUE_LENGTH.max()) {
        out.add(new MetadataViolation(key, MetadataLimit.VALUE_LENGTH, value.length()));
      }
    }
    return out;
  }

  private Optional<MetadataViolation> countViolation(int keysNow) {
    List<String> added = new ArrayList<>();
    int keysAfter = keysNow;
    for (Map.Entry<String, String> e : updates.entrySet()) {
      if (e.getValue().isEmpty()) {
        keysAfter--;
      } else if (!before.containsKey(e.getKey())) {
        keysAfter++;
        added.add(e.getKey());
      }
    }
    return keysAfter > MetadataLimit.KEY_COUNT.max()
        ? Optional.of(
            new MetadataViolation(String.join(", ", added), MetadataLimit.KEY_COUNT, keysAfter))
        : Optional.empty();
  }
}

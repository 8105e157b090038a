package dev.refsync.sandbox.salesforce;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Salesforce record ids: a 3-character key prefix, 12 characters that grow with every record (so
 * ids sort in creation order, as SOQL's {@code ORDER BY Id} relies on), and the 3-character
 * case-safe suffix that turns the 15-character id into the 18-character one the API returns.
 */
final class SalesforceIds {

  static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final String SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
  private static final Pattern ID = Pattern.compile("[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?");

  /** The pod/instance part every emulated id carries after its key prefix. */
  private static final String POD = "5g00";

  private SalesforceIds() {}

  /** The 18-character id of the {@code sequence}-th record with {@code keyPrefix}. */
  static String id(String keyPrefix, long sequence) {
    StringBuilder counter = new StringBuilder();
    long n = sequence;
    for (int i = 0; i < 8; i++) {
      counter.insert(0, BASE62.charAt((int) (n % 62)));
      n /= 62;
    }
    return withSuffix(keyPrefix + POD + counter);
  }

  /** Any 15- or 18-character id in its 18-character form; empty when it is not an id. */
  static Optional<String> normalize(String candidate) {
    if (candidate == null || !ID.matcher(candidate).matches()) {
      return Optional.empty();
    }
    String id15 = candidate.substring(0, 15);
    String id18 = withSuffix(id15);
    if (candidate.length() == 18 && !candidate.equalsIgnoreCase(id18)) {
      return Optional.empty();
    }
    return Optional.of(id18);
  }

  static String keyPrefix(String id) {
    return id.substring(0, 3);
  }

  /**
   * The documented checksum: for each 5-character chunk, a bit per upper-case letter, read as an
   * index into A–Z0–5.
   */
  private static String withSuffix(String id15) {
    StringBuilder suffix = new StringBuilder(3);
    for (int chunk = 0; chunk < 3; chunk++) {
      int flags = 0;
      for (int i = 0; i < 5; i++) {
        char c = id15.charAt(chunk * 5 + i);
        if (c >= 'A' && c <= 'Z') {
          flags |= 1 << i;
        }
      }
      suffix.append(SUFFIX_ALPHABET.charAt(flags));
    }
    return id15 + suffix;
  }
}

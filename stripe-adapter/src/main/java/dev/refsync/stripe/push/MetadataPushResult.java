package dev.refsync.stripe.push;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one metadata push did, so its caller (the outbox pusher, DESIGN 9) can mark the row done
 * ({@link Unchanged}, {@link Updated}) or dead-letter it ({@link Refused}). Failures Stripe reports
 * (auth, 404, retries exhausted) are not results: they surface as the core {@code
 * ConnectorApiException} of {@code StripeCalls}, retried or dead-lettered by their classification.
 */
public sealed interface MetadataPushResult {

  String customerId();

  /** The customer already had every value: no write was made. */
  record Unchanged(String customerId) implements MetadataPushResult {}

  /**
   * The change was sent and Stripe accepted it.
   *
   * @param sent key → value sent ({@code ""} removed the key)
   * @param idempotencyKey the key the request carried
   * @param replayed true when Stripe answered from its idempotency store ({@code
   *     Idempotent-Replayed: true}): an earlier attempt had already applied this change
   */
  record Updated(
      String customerId, Map<String, String> sent, String idempotencyKey, boolean replayed)
      implements MetadataPushResult {
    public Updated {
      sent = Map.copyOf(sent);
    }
  }

  /**
   * The change breaks a Stripe limit and was not sent: dead-letter the record with {@link #reason}.
   */
  record Refused(String customerId, List<MetadataViolation> violations)
      implements MetadataPushResult {
    public Refused {
      violations = List.copyOf(violations);
    }

    public String reason() {
      return violations.stream().map(MetadataViolation::describe).collect(Collectors.joining("; "));
    }
  }
}

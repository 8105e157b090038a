package dev.refsync.stripe.push;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A metadata change Stripe would refuse (key too long, value too long, too many keys). Retrying
 * cannot help and Refsync never truncates: the caller dead-letters the record with this message
 * (DESIGN 9), and revops shortens the value (or frees keys on the customer) before a replay.
 */
public final class MetadataLimitExceededException extends RuntimeException {
  private final String customerId;
  private final List<MetadataViolation> violations;

  public MetadataLimitExceededException(String customerId, List<MetadataViolation> violations) {
    super(
        "Stripe customer "
            + customerId
            + ": metadata not pushed: "
            + violations.stream().map(MetadataViolation::describe).collect(Collectors.joining("; "))
            + ". Shorten the value in the source record, or remove unused metadata keys from the"
            + " customer, then replay it.");
    this.customerId = customerId;
    this.violations = List.copyOf(violations);
  }

  public String customerId() {
    return customerId;
  }

  /** Every violation of the change, not only the first. */
  public List<MetadataViolation> violations() {
    return violations;
  }
}

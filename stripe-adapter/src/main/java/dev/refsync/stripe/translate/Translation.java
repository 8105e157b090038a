package dev.refsync.stripe.translate;

import dev.refsync.mappings.mapper.MappedRecord;
import dev.refsync.stripe.identity.CustomerLink;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one Stripe event or object means canonically.
 *
 * @param records canonical records (Payment, Refund, Churn, and Account/Referral for customers),
 *     whose ids are Stripe object ids so re-processing yields the same records
 * @param customerLink for customer objects, the account the customer belongs to (or why none)
 */
public record Translation(List<MappedRecord> records, Optional<CustomerLink> customerLink) {
  public Translation {
    records = List.copyOf(records);
    Objects.requireNonNull(customerLink, "customerLink");
  }

  static Translation none() {
    return new Translation(List.of(), Optional.empty());
  }

  static Translation of(List<MappedRecord> records) {
    return new Translation(records, Optional.empty());
  }
}

package dev.refsync.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A paid invoice (DESIGN 3).
 *
 * @param id canonical id (e.g. the Stripe invoice id)
 * @param accountId the company that paid
 * @param dealId the deal it pays for, when known; may be null
 * @param amount amount paid, in {@code currency}
 * @param currency ISO 4217 code
 * @param paidAt when it was paid
 * @param subscriptionId the subscription billed; may be null
 */
public record Payment(
    String id,
    String accountId,
    String dealId,
    BigDecimal amount,
    String currency,
    Instant paidAt,
    String subscriptionId) {
  public Payment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(paidAt, "paidAt");
  }
}

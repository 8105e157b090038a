package dev.refsync.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Money returned on a payment: a refund or a lost dispute alike (DESIGN 3).
 *
 * @param id canonical id
 * @param paymentId the payment it reverses, in whole or in part
 * @param amount amount returned, in the payment's currency
 * @param at when it happened
 */
public record Refund(String id, String paymentId, BigDecimal amount, Instant at) {
  public Refund {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(at, "at");
  }
}

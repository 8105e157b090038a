package dev.refsync.core.commission;

import dev.refsync.core.model.EntryIds;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.Money;
import dev.refsync.core.model.Payment;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a calculator's unrounded amount into an {@link Accrual}: rounded once (DESIGN 5), dropped
 * when zero or not yet earned at the evaluation time.
 */
final class Accruals {
  private Accruals() {}

  /** A one-time reward on the conversion's first attributed deal, earned at the trigger. */
  static Optional<Accrual> oneTime(AccrualContext ctx, BigDecimal unrounded, String how) {
    Instant earnedAt = ctx.trigger().at();
    String currency = ctx.conversion().firstDeal().currency();
    return build(ctx, null, ctx.trigger().payment(), unrounded, currency, earnedAt, how, "");
  }

  /**
   * A recurring reward on one payment, in {@code currency} (the payment's, else the deal's), earned
   * at {@code max(paidAt, trigger time)}.
   */
  static Optional<Accrual> recurring(
      AccrualContext ctx,
      Payment payment,
      String currency,
      BigDecimal unrounded,
      String how,
      String window) {
    Instant earnedAt =
        payment.paidAt().isAfter(ctx.trigger().at()) ? payment.paidAt() : ctx.trigger().at();
    return build(ctx, payment, null, unrounded, currency, earnedAt, how, ", " + window);
  }

  private static Optional<Accrual> build(
      AccrualContext ctx,
      Payment payment,
      Payment triggerPayment,
      BigDecimal unrounded,
      String currency,
      Instant earnedAt,
      String how,
      String detail) {
    if (earnedAt.isAfter(ctx.asOf())) {
      return Optional.empty();
    }
    BigDecimal amount = Money.round(unrounded, currency);
    if (amount.signum() == 0) {
      return Optional.empty();
    }
    Conversion conversion = ctx.conversion();
    String id =
        EntryIds.of(
            ctx.plan().id(),
            conversion.referralId(),
            Accrual.subjectOf(payment, conversion),
            EntryKind.ACCRUAL.name());
    String explanation =
        how
            + " = "
            + Amounts.money(amount, currency)
            + " (plan "
            + ctx.plan().id()
            + ", deal "
            + conversion.firstDeal().id()
            + detail
            + ", "
            + ctx.trigger().description()
            + ")";
    return Optional.of(
        new Accrual(
            id,
            ctx.plan(),
            conversion,
            payment,
            triggerPayment,
            amount,
            currency,
            earnedAt,
            explanation));
  }
}

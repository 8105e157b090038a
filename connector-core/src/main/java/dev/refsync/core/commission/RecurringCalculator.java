package dev.refsync.core.commission;

import dev.refsync.core.model.Payment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A percent of each payment of the attributed account from the first attributed deal's close, for
 * {@code months} calendar months after the first such payment (null: lifetime). Used by
 * RECURRING_PERCENT and TIERED with basis PAYMENTS (DESIGN 5).
 */
final class RecurringCalculator {
  private RecurringCalculator() {}

  /**
   * @param months calendar months of the window, counted in UTC from the first payment on or after
   *     the close; null for the customer's lifetime
   * @param label prefix saying where the percent came from, or ""
   */
  static List<Accrual> accrue(
      BigDecimal percent, Integer months, String label, AccrualContext ctx) {
    List<Payment> payments =
        ctx.timeline().paymentsOnOrAfter(ctx.conversion().firstDeal().closedAt());
    if (payments.isEmpty()) {
      return List.of();
    }
    Payment first = payments.get(0);
    Instant windowEnd = months == null ? null : plusCalendarMonths(first.paidAt(), months);
    String window =
        months == null ? "lifetime" : "within " + months + " months of first payment " + first.id();
    BigDecimal share = ctx.conversion().share();
    List<Accrual> accruals = new ArrayList<>();
    for (Payment payment : payments) {
      if (windowEnd != null && !payment.paidAt().isBefore(windowEnd)) {
        break;
      }
      String currency =
          payment.currency() != null ? payment.currency() : ctx.conversion().firstDeal().currency();
      String how =
          label
              + Amounts.percent(percent)
              + " of payment "
              + payment.id()
              + " "
              + Amounts.money(payment.amount(), currency)
              + " × share "
              + Amounts.share(share);
      Accruals.recurring(
              ctx,
              payment,
              currency,
              Amounts.percentOf(percent, payment.amount(), share),
              how,
              window)
          .ifPresent(accruals::add);
    }
    return accruals;
  }

  /** Jan 31 + 1 month is Feb 28 (or 29): {@code ZonedDateTime.plusMonths} in UTC. */
  static Instant plusCalendarMonths(Instant from, int months) {
    return from.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
  }
}

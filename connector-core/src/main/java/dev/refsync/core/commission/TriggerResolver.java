package dev.refsync.core.commission;

import dev.refsync.core.model.Deal;
import dev.refsync.core.model.Payment;
import dev.refsync.core.plans.Trigger;
import java.time.Duration;
import java.util.Optional;

/** Resolves a plan's trigger for the first attributed deal of a conversion (DESIGN 5). */
final class TriggerResolver {
  private TriggerResolver() {}

  /**
   * Empty when the trigger has not happened and cannot be known to happen yet: no payment on or
   * after the close (FIRST_PAYMENT, RETAINED), or a churn in {@code (closedAt, first payment +
   * days]} (RETAINED).
   */
  static Optional<TriggerPoint> resolve(Trigger trigger, Deal deal, AccountTimeline timeline) {
    if (trigger instanceof Trigger.ClosedWon) {
      return Optional.of(new TriggerPoint(deal.closedAt(), null, "earned at signature"));
    }
    Payment first = timeline.firstPaymentOnOrAfter(deal.closedAt());
    if (first == null) {
      return Optional.empty();
    }
    if (trigger instanceof Trigger.FirstPayment) {
      return Optional.of(
          new TriggerPoint(first.paidAt(), first, "earned at first payment " + first.id()));
    }
    Trigger.Retained retained = (Trigger.Retained) trigger;
    var at = first.paidAt().plus(Duration.ofDays(retained.days()));
    if (timeline.churnedBetween(deal.closedAt(), at)) {
      return Optional.empty();
    }
    return Optional.of(
        new TriggerPoint(
            at,
            first,
            "earned after " + retained.days() + " days retained from first payment " + first.id()));
  }
}

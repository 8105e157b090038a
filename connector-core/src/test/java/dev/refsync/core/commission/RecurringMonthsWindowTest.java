package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.day;
import static dev.refsync.core.commission.Fixture.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecurringMonthsWindowTest {
  private static Plan months(int months) {
    return plan(
        "partner-recurring",
        new Reward.RecurringPercent(new BigDecimal("10"), months, null),
        new Trigger.ClosedWon());
  }

  @Test
  void aPaymentExactlyAtFirstPaymentPlusMonthsIsExcludedAndOneJustBeforeIncluded() {
    Fixture f =
        Fixture.onePartner()
            .deal("d1", "a1", "12000", "USD", 12, Instant.parse("2026-01-01T00:00:00Z"))
            .credit("d1", "r1", "1.000000")
            .payment("first", "a1", "100", "USD", Instant.parse("2026-01-15T12:00:00Z"))
            .payment("justBefore", "a1", "100", "USD", Instant.parse("2026-04-15T11:59:59Z"))
            .payment("atEnd", "a1", "100", "USD", Instant.parse("2026-04-15T12:00:00Z"));

    assertThat(f.compute(day(400), months(3)))
        .extracting(CommissionEntry::paymentId)
        .containsExactly("first", "justBefore");
  }

  @Test
  void monthsAreCalendarMonthsInUtcSoJanuary31PlusOneMonthIsFebruary28() {
    Instant first = Instant.parse("2026-01-31T10:00:00Z");
    assertThat(RecurringCalculator.plusCalendarMonths(first, 1))
        .isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));

    Fixture f =
        Fixture.onePartner()
            .deal("d1", "a1", "12000", "USD", 12, Instant.parse("2026-01-30T00:00:00Z"))
            .credit("d1", "r1", "1.000000")
            .payment("jan31", "a1", "100", "USD", first)
            .payment("feb28early", "a1", "100", "USD", Instant.parse("2026-02-28T09:59:59Z"))
            .payment("feb28late", "a1", "100", "USD", Instant.parse("2026-02-28T10:00:00Z"))
            .payment("mar01", "a1", "100", "USD", Instant.parse("2026-03-01T00:00:00Z"));

    assertThat(f.compute(day(400), months(1)))
        .extracting(CommissionEntry::paymentId)
        .containsExactly("jan31", "feb28early");
  }

  @Test
  void theWindowStartsAtTheFirstPaymentOnOrAfterTheCloseNotAtAnEarlierOne() {
    Fixture f =
        Fixture.onePartner()
            .deal("d1", "a1", "12000", "USD", 12, Instant.parse("2026-03-01T00:00:00Z"))
            .credit("d1", "r1", "1.000000")
            .payment("old", "a1", "100", "USD", Instant.parse("2026-01-01T00:00:00Z"))
            .payment("first", "a1", "100", "USD", Instant.parse("2026-03-10T00:00:00Z"))
            .payment("second", "a1", "100", "USD", Instant.parse("2026-04-09T23:00:00Z"))
            .payment("outside", "a1", "100", "USD", Instant.parse("2026-04-10T00:00:00Z"));

    assertThat(f.compute(day(400), months(1)))
        .extracting(CommissionEntry::paymentId)
        .containsExactly("first", "second");
  }
}

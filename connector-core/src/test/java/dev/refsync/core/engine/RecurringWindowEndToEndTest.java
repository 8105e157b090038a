package dev.refsync.core.engine;

import static dev.refsync.core.engine.World.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * RECURRING_PERCENT pays on payments with paidAt on or after the first attributed deal's close and
 * before the account's first such payment plus {@code months} calendar months (DESIGN 5).
 */
class RecurringWindowEndToEndTest {
  private static final Plan THREE_MONTHS =
      plan(
          "partner-recurring",
          ReferrerType.PARTNER,
          new Reward.RecurringPercent(new BigDecimal("10"), 3, null),
          new Trigger.ClosedWon(),
          0,
          null);

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  @Test
  void windowStartsAtTheFirstPaymentOnOrAfterTheCloseAndRunsCalendarMonths() {
    World world =
        new World()
            .referrer("p1", ReferrerType.PARTNER)
            .account("a1", "acme.com")
            .referral("r1", "p1", "acme.com", at("2026-01-01T00:00:00Z"))
            .wonDeal("d1", "a1", "12000", 12, at("2026-01-20T00:00:00Z"))
            .payment("before-close", "a1", "100", at("2026-01-19T23:59:59Z"))
            .payment("at-close", "a1", "100", at("2026-01-20T00:00:00Z"))
            .payment("feb", "a1", "100", at("2026-02-20T00:00:00Z"))
            .payment("last-second", "a1", "100", at("2026-04-19T23:59:59Z"))
            .payment("window-end", "a1", "100", at("2026-04-20T00:00:00Z"))
            .payment("may", "a1", "100", at("2026-05-20T00:00:00Z"));

    EngineResult result = world.evaluate(at("2026-07-01T00:00:00Z"), THREE_MONTHS);

    assertThat(result.commissions())
        .extracting(CommissionEntry::paymentId)
        .containsExactly("at-close", "feb", "last-second");
  }

  @Test
  void monthEndFirstPaymentEndsOnTheLastDayOfTheShorterMonth() {
    World world =
        new World()
            .referrer("p1", ReferrerType.PARTNER)
            .account("a1", "acme.com")
            .referral("r1", "p1", "acme.com", at("2025-11-01T00:00:00Z"))
            .wonDeal("d1", "a1", "12000", 12, at("2025-11-30T00:00:00Z"))
            .payment("nov", "a1", "100", at("2025-11-30T00:00:00Z"))
            .payment("feb-27", "a1", "100", at("2026-02-27T00:00:00Z"))
            .payment("feb-28", "a1", "100", at("2026-02-28T00:00:00Z"));

    EngineResult result = world.evaluate(at("2026-07-01T00:00:00Z"), THREE_MONTHS);

    // Nov 30 + 3 months = Feb 28 (2026 is no leap year): Feb 28 is outside the window.
    assertThat(result.commissions())
        .extracting(CommissionEntry::paymentId)
        .containsExactly("nov", "feb-27");
  }
}

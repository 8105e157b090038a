package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.day;
import static dev.refsync.core.commission.Fixture.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {
  private static final Plan RECURRING_10 =
      plan(
          "recurring",
          new Reward.RecurringPercent(new BigDecimal("10"), null, null),
          new Trigger.ClosedWon());

  private static Fixture payment(String amount, String currency, String share) {
    return Fixture.onePartner()
        .deal("d1", "a1", "12000", currency, 12, day(1))
        .credit("d1", "r1", share)
        .payment("p1", "a1", amount, currency, day(2));
  }

  @ParameterizedTest(name = "10% of {0} {1} × {2} = {3}")
  @CsvSource({
    "25, JPY, 1.000000, 2",
    "35, JPY, 1.000000, 4",
    "12345, JPY, 0.333333, 411",
    "0.25, USD, 1.000000, 0.02",
    "0.35, USD, 1.000000, 0.04",
    "100, USD, 0.333333, 3.33",
    "1, KWD, 1.000000, 0.100",
  })
  void roundsEachEntryOnceToTheCurrencysMinorUnitsHalfEven(
      String amount, String currency, String share, String expected) {
    CommissionEntry entry = payment(amount, currency, share).compute(day(10), RECURRING_10).get(0);

    assertThat(entry.amount()).isEqualTo(new BigDecimal(expected));
    assertThat(entry.currency()).isEqualTo(currency);
  }

  @Test
  void jpyExplanationsShowNoMinorUnits() {
    CommissionEntry entry =
        payment("1234567", "JPY", "1.000000").compute(day(10), RECURRING_10).get(0);

    assertThat(entry.explanation())
        .startsWith("10% of payment p1 1,234,567 JPY × share 1.000000 = 123,457 JPY");
  }

  @Test
  void anEntryThatRoundsToZeroIsNotEmitted() {
    assertThat(payment("4", "JPY", "1.000000").compute(day(10), RECURRING_10)).isEmpty();
  }
}

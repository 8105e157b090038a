package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.day;
import static dev.refsync.core.commission.Fixture.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentOfFirstYearAcvTest {
  private static final Plan CUSTOMER_ACV =
      plan(
          "customer-acv",
          new Reward.PercentOfFirstYearAcv(new BigDecimal("10"), null),
          new Trigger.ClosedWon());

  @ParameterizedTest(name = "{0} over {1} months has first-year ACV {2}")
  @CsvSource({
    "12000, 12, 12000",
    "180000, 36, 60000",
    "24000, 24, 12000",
    "6000, 6, 6000",
  })
  void firstYearAcvIsTheSmallerOfAmountAndAnnualizedValue(
      String amount, int term, String firstYear) {
    Deal deal =
        new Deal(
            "d1",
            "a1",
            new BigDecimal(amount),
            "USD",
            term,
            DealStage.CLOSED_WON,
            day(0),
            day(1),
            List.of());

    assertThat(AcvCalculator.firstYearAcv(deal)).isEqualByComparingTo(firstYear);
  }

  @ParameterizedTest(name = "10% of {0} over {1} months = {2}")
  @CsvSource({
    "12000, 12, 1200.00",
    "180000, 36, 6000.00",
    "24000, 24, 1200.00",
    "6000, 6, 600.00",
    "10000, 7, 1000.00",
    "10000, 18, 666.67",
  })
  void paysThePercentOfFirstYearAcvRoundedOnce(String amount, int term, String expected) {
    Fixture f =
        Fixture.onePartner()
            .deal("d1", "a1", amount, "USD", term, day(5))
            .credit("d1", "r1", "1.000000");

    List<CommissionEntry> entries = f.compute(day(50), CUSTOMER_ACV);

    assertThat(entries)
        .extracting(CommissionEntry::amount)
        .containsExactly(new BigDecimal(expected));
  }

  @Test
  void explainsTheComputationInOneLine() {
    Fixture f =
        Fixture.onePartner()
            .deal("d1", "a1", "12000", "USD", 12, day(5))
            .credit("d1", "r1", "1.000000");

    assertThat(f.compute(day(50), CUSTOMER_ACV).get(0).explanation())
        .isEqualTo(
            "10% of first-year ACV 12,000.00 USD × share 1.000000 = 1,200.00 USD"
                + " (plan customer-acv, deal d1, earned at signature)");
  }
}

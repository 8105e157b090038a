package dev.refsync.core.plans;

import static dev.refsync.core.model.ReferrerType.CUSTOMER;
import static dev.refsync.core.model.ReferrerType.EMPLOYEE;
import static dev.refsync.core.model.ReferrerType.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped example is DESIGN 6's example verbatim and loads into exactly what it says. */
class ExamplePlansTest {

  @Test
  void designExampleLoadsIntoTheExpectedRecords() throws Exception {
    Path example = Path.of(getClass().getResource("example-plans.yaml").toURI());

    PlansConfig config = PlansLoader.load(example);

    assertThat(config.rules())
        .isEqualTo(
            new AttributionRules(
                AttributionModel.LAST_REFERRAL,
                90,
                180,
                new BigDecimal("50000"),
                30.0,
                true,
                Set.of("certified-agency.com")));
    assertThat(config.plans())
        .containsExactly(
            new Plan(
                "partner-recurring",
                Set.of(PARTNER),
                Set.of("GOLD", "PLATINUM"),
                new Reward.RecurringPercent(new BigDecimal("25"), 12, null),
                new Trigger.FirstPayment(),
                30,
                90),
            new Plan(
                "customer-acv",
                Set.of(CUSTOMER),
                Set.of(),
                new Reward.PercentOfFirstYearAcv(new BigDecimal("10"), new BigDecimal("5000")),
                new Trigger.ClosedWon(),
                0,
                90),
            new Plan(
                "employee-bonus",
                Set.of(EMPLOYEE),
                Set.of(),
                new Reward.Flat(new BigDecimal("1000")),
                new Trigger.Retained(30),
                0,
                null));
  }

  @Test
  void plansKeepFileOrderBecauseTheFirstMatchWins() throws Exception {
    Path example = Path.of(getClass().getResource("example-plans.yaml").toURI());

    List<String> ids = PlansLoader.load(example).plans().stream().map(Plan::id).toList();

    assertThat(ids).containsExactly("partner-recurring", "customer-acv", "employee-bonus");
  }
}

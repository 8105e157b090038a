package dev.refsync.core.attribution;

import static dev.refsync.core.attribution.Scenario.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.Rejection;
import dev.refsync.core.model.RejectionReason;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DESIGN 4.2 OUTSIDE_WINDOW: the deal must close within the window after the referral. */
class OutsideWindowRuleTest {

  private static Scenario referredOnDayZero() {
    return new Scenario()
        .partner("p1")
        .account("A1", "acme.com")
        .referral("r1", "p1", day(0), r -> r.domain("acme.com"));
  }

  private static List<Rejection> rejections(Scenario scenario) {
    return scenario.attribute(TestRules.defaults()).rejections();
  }

  @Test
  void rejectsADealClosedBeforeTheReferralWasSubmitted() {
    Scenario scenario = referredOnDayZero().wonDeal("d1", "A1", day(-1));

    assertThat(rejections(scenario))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectionReason.OUTSIDE_WINDOW);
              assertThat(r.detail()).contains("1 day before the referral was submitted");
            });
  }

  @Test
  void creditsADealClosedExactlyWhenTheReferralWasSubmitted() {
    Scenario scenario = referredOnDayZero().wonDeal("d1", "A1", day(0));

    assertThat(Scenario.shares(scenario.attribute(TestRules.defaults()), "d1"))
        .containsEntry("r1", "1.000000");
  }

  @Test
  void creditsADealClosedExactlyAtTheEndOfTheWindow() {
    Scenario scenario = referredOnDayZero().wonDeal("d1", "A1", day(90));

    assertThat(rejections(scenario)).isEmpty();
    assertThat(Scenario.shares(scenario.attribute(TestRules.defaults()), "d1"))
        .containsEntry("r1", "1.000000");
  }

  @Test
  void rejectsADealClosedOneSecondAfterTheWindow() {
    Scenario scenario =
        referredOnDayZero().wonDeal("d1", "A1", day(90).plus(Duration.ofSeconds(1)));

    assertThat(rejections(scenario))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectionReason.OUTSIDE_WINDOW);
              assertThat(r.detail())
                  .isEqualTo("closed 90 days 00:00:01 after the referral; window is 90 days");
            });
  }

  @Test
  void saysByHowManyDaysTheWindowWasMissed() {
    Scenario scenario = referredOnDayZero().wonDeal("d1", "A1", day(97));

    assertThat(rejections(scenario).get(0).detail())
        .isEqualTo("closed 97 days after the referral; window is 90 days");
  }

  @Test
  void anEnterpriseDealGetsTheEnterpriseWindow() {
    // 36-month deal of 300,000: ACV 100,000, exactly the threshold.
    Scenario scenario =
        referredOnDayZero()
            .deal("big", "A1", DealStage.CLOSED_WON, day(150), new BigDecimal("300000"), 36);

    AttributionResult result =
        scenario.attribute(TestRules.enterpriseThreshold(new BigDecimal("100000")));

    assertThat(result.rejections()).isEmpty();
    assertThat(Scenario.shares(result, "big")).containsEntry("r1", "1.000000");
  }

  @Test
  void theEnterpriseWindowEndsToo() {
    Scenario scenario =
        referredOnDayZero()
            .deal("big", "A1", DealStage.CLOSED_WON, day(181), new BigDecimal("300000"), 36);

    AttributionResult result =
        scenario.attribute(TestRules.enterpriseThreshold(new BigDecimal("100000")));

    assertThat(result.rejections())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.detail())
                    .isEqualTo(
                        "closed 181 days after the referral; window is 180 days"
                            + " (enterprise deal: ACV 100000.00 USD is at least 100000)"));
  }

  @Test
  void aDealBelowTheThresholdKeepsTheStandardWindow() {
    // 36-month deal of 299,999.99: ACV 99,999.9966…, just below the threshold.
    Scenario scenario =
        referredOnDayZero()
            .deal("mid", "A1", DealStage.CLOSED_WON, day(150), new BigDecimal("299999.99"), 36);

    AttributionResult result =
        scenario.attribute(TestRules.enterpriseThreshold(new BigDecimal("100000")));

    assertThat(result.rejections())
        .extracting(Rejection::reason)
        .containsExactly(RejectionReason.OUTSIDE_WINDOW);
    assertThat(result.rejections().get(0).detail()).endsWith("window is 90 days");
  }

  @Test
  void withoutAThresholdNoDealIsEnterprise() {
    Scenario scenario =
        referredOnDayZero()
            .deal("huge", "A1", DealStage.CLOSED_WON, day(150), new BigDecimal("100000000"), 12);

    assertThat(rejections(scenario))
        .singleElement()
        .satisfies(r -> assertThat(r.detail()).endsWith("window is 90 days"));
  }
}

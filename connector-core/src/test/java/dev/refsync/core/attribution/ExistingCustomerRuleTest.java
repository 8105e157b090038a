package dev.refsync.core.attribution;

import static dev.refsync.core.attribution.Scenario.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.Rejection;
import dev.refsync.core.model.RejectionReason;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** DESIGN 4.2 EXISTING_CUSTOMER: a referral of a company that is already a customer. */
class ExistingCustomerRuleTest {

  private final Scenario scenario =
      new Scenario()
          .partner("p1")
          .account("A1", "acme.com")
          .wonDeal("d0", "A1", day(-30))
          .wonDeal("d1", "A1", day(30))
          .referral("r1", "p1", day(0), r -> r.domain("acme.com"));

  @Test
  void rejectsAReferralSubmittedAfterTheAccountAlreadyWonADeal() {
    AttributionResult result = scenario.attribute(TestRules.excludeExistingCustomers(true));

    assertThat(result.attributions()).isEmpty();
    assertThat(result.rejections())
        .filteredOn(r -> r.dealId().equals("d1"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectionReason.EXISTING_CUSTOMER);
              assertThat(r.detail())
                  .contains("deal d0 closed won at 2025-12-02T00:00:00Z")
                  .contains("submitted at 2026-01-01T00:00:00Z");
            });
  }

  @Test
  void creditsTheReferralWhenExistingCustomersAreNotExcluded() {
    AttributionResult result = scenario.attribute(TestRules.excludeExistingCustomers(false));

    assertThat(Scenario.shares(result, "d1")).containsEntry("r1", "1.000000");
    // d0 closed before the referral: that is the window rule, not the existing-customer rule.
    assertThat(result.rejections())
        .extracting(Rejection::dealId, Rejection::reason)
        .containsExactly(tuple("d0", RejectionReason.OUTSIDE_WINDOW));
  }

  @Test
  void aDealWonAtTheSameInstantAsTheReferralDoesNotMakeAnExistingCustomer() {
    Scenario sameInstant =
        new Scenario()
            .partner("p1")
            .account("A1", "acme.com")
            .wonDeal("d0", "A1", day(0))
            .wonDeal("d1", "A1", day(30))
            .referral("r1", "p1", day(0), r -> r.domain("acme.com"));

    AttributionResult result = sameInstant.attribute(TestRules.excludeExistingCustomers(true));

    // "Strictly before": d0 closed exactly when r1 was submitted, so r1 is credited on both deals.
    assertThat(result.rejections()).isEmpty();
    assertThat(Scenario.shares(result, "d0")).containsEntry("r1", "1.000000");
    assertThat(Scenario.shares(result, "d1")).containsEntry("r1", "1.000000");
  }

  @Test
  void aLostOrOpenDealDoesNotMakeAnExistingCustomer() {
    Scenario lostBefore =
        new Scenario()
            .partner("p1")
            .account("A1", "acme.com")
            .deal("lost", "A1", DealStage.CLOSED_LOST, day(-30), new BigDecimal("100"), 12)
            .deal("open", "A1", DealStage.OPEN, null, new BigDecimal("100"), 12)
            .wonDeal("d1", "A1", day(30))
            .referral("r1", "p1", day(0), r -> r.domain("acme.com"));

    AttributionResult result = lostBefore.attribute(TestRules.excludeExistingCustomers(true));

    assertThat(result.rejections()).isEmpty();
    assertThat(Scenario.shares(result, "d1")).containsEntry("r1", "1.000000");
  }
}

package dev.refsync.core.attribution;

import static dev.refsync.core.attribution.Scenario.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.refsync.core.model.Rejection;
import dev.refsync.core.model.RejectionReason;
import org.junit.jupiter.api.Test;

/** DESIGN 4.4: a referral rejected for one deal may still be credited on another. */
class RejectionPerDealTest {

  @Test
  void aReferralOutsideOneDealsWindowIsCreditedOnAnotherDeal() {
    Scenario scenario =
        new Scenario()
            .partner("p1")
            .account("A1", "acme.com")
            .referral("r1", "p1", day(0), r -> r.domain("acme.com"))
            .wonDeal("too-late", "A1", day(200))
            .wonDeal("in-time", "A1", day(60));

    AttributionResult result = scenario.attribute(TestRules.excludeExistingCustomers(false));

    assertThat(result.rejections())
        .extracting(Rejection::dealId, Rejection::referralId, Rejection::reason)
        .containsExactly(tuple("too-late", "r1", RejectionReason.OUTSIDE_WINDOW));
    assertThat(Scenario.shares(result, "in-time")).containsEntry("r1", "1.000000");
  }

  @Test
  void aSelfReferralForOneAccountIsCreditedOnAnotherAccountsDeal() {
    Scenario scenario =
        new Scenario()
            .referrer("p1", "pat@acme.com", null)
            .account("A1", "acme.com")
            .account("B1", "other.com")
            .contact("c1", "A1", "buyer@other.com")
            .contact("c2", "B1", "buyer@other.com")
            .referral("r1", "p1", day(0), r -> r.email("buyer@other.com"))
            .wonDeal("da", "A1", day(30))
            .wonDeal("db", "B1", day(30));

    AttributionResult result = scenario.attribute(TestRules.defaults());

    assertThat(result.rejections())
        .extracting(Rejection::dealId, Rejection::reason)
        .containsExactly(tuple("da", RejectionReason.SELF_REFERRAL));
    assertThat(Scenario.shares(result, "db")).containsEntry("r1", "1.000000");
  }

  @Test
  void aDealWhoseCandidatesAreAllRejectedHasNoAttributionButReportsTheRejections() {
    Scenario scenario =
        new Scenario()
            .partner("p1")
            .partner("p2")
            .account("A1", "acme.com")
            .referral("r1", "p1", day(0), r -> r.domain("acme.com"))
            .referral("r2", "p2", day(1), r -> r.domain("acme.com"))
            .wonDeal("d1", "A1", day(100));

    AttributionResult result = scenario.attribute(TestRules.defaults());

    assertThat(result.attributions()).isEmpty();
    assertThat(result.rejections())
        .extracting(Rejection::referralId, Rejection::reason)
        .containsExactly(
            tuple("r1", RejectionReason.OUTSIDE_WINDOW),
            tuple("r2", RejectionReason.OUTSIDE_WINDOW));
  }
}

package dev.refsync.core.attribution;

import static dev.refsync.core.attribution.Scenario.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Rejection;
import org.junit.jupiter.api.Test;

/** Attributions come sorted by deal id; rejections by deal id, then referral id. */
class AttributionResultOrderTest {

  @Test
  void sortsAttributionsByDealAndRejectionsByDealThenReferral() {
    Scenario scenario =
        new Scenario()
            .partner("p1")
            .account("A1", "acme.com")
            .account("B1", "other.com")
            .referral("rz", "p1", day(0), r -> r.domain("acme.com"))
            .referral("ra", "p1", day(1), r -> r.domain("acme.com"))
            .referral("rb", "p1", day(0), r -> r.domain("other.com"))
            .wonDeal("d3", "B1", day(10))
            .wonDeal("d2", "A1", day(500))
            .wonDeal("d1", "A1", day(20));

    AttributionResult result = scenario.attribute(TestRules.excludeExistingCustomers(false));

    assertThat(result.attributions()).extracting(Attribution::dealId).containsExactly("d1", "d3");
    assertThat(result.rejections())
        .extracting(Rejection::dealId, Rejection::referralId)
        .containsExactly(tuple("d2", "ra"), tuple("d2", "rz"));
  }
}

package dev.refsync.core.attribution;

import static dev.refsync.core.attribution.Scenario.attributionOf;
import static dev.refsync.core.attribution.Scenario.day;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The trail a rep reads to understand an attribution: candidates, rejections, model, shares. */
class AttributionTrailTest {

  @Test
  void tellsTheWholeStoryInOrder() {
    Scenario scenario =
        new Scenario()
            .partner("p1")
            .referrer("p2", "insider@acme.com", null)
            .account("A1", "acme.com")
            .contact("c1", "A1", "jane@acme.com")
            .referral("r1", "p1", day(0), r -> r.email("jane@acme.com"))
            .referral("r2", "p2", day(5), r -> r.domain("acme.com"))
            .wonDeal("d1", "A1", day(30));

    var trail = attributionOf(scenario.attribute(TestRules.defaults()), "d1").trail();

    assertThat(trail)
        .containsExactly(
            "Deal d1 of account A1 (Company A1) closed won at 2026-01-31T00:00:00Z;"
                + " 2 candidate referrals.",
            "Referral r1 by referrer p1 (Name of p1), submitted at 2026-01-01T00:00:00Z via LINK:"
                + " matched by contact email jane@acme.com (stakeholder of account A1);"
                + " matched by the domain acme.com of the contact email.",
            "Referral r2 by referrer p2 (Name of p2), submitted at 2026-01-06T00:00:00Z via LINK:"
                + " matched by company domain acme.com.",
            "Referral r2 rejected (SELF_REFERRAL): referrer p2 (Name of p2) has an e-mail address"
                + " at acme.com, one of the domains of account A1 (Company A1).",
            "LAST_REFERRAL: the latest submitted referral takes the credit: r1, submitted at"
                + " 2026-01-01T00:00:00Z.",
            "Shares: r1 (referrer p1) 1.000000.");
  }
}

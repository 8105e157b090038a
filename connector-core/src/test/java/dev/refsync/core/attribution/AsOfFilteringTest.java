package dev.refsync.core.attribution;

import static dev.refsync.core.attribution.Scenario.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.Attribution;
import org.junit.jupiter.api.Test;

/** Records dated after asOf did not exist yet: the engine ignores them. */
class AsOfFilteringTest {

  private final Scenario scenario =
      new Scenario()
          .partner("p1")
          .account("A1", "acme.com")
          .referral("early", "p1", day(0), r -> r.domain("acme.com"))
          .referral("late", "p1", day(20), r -> r.domain("acme.com"))
          .wonDeal("d1", "A1", day(10))
          .wonDeal("d2", "A1", day(30));

  @Test
  void dealsClosedAfterAsOfAreNotAttributed() {
    AttributionResult result =
        scenario.attribute(TestRules.excludeExistingCustomers(false), day(15));

    assertThat(result.attributions()).extracting(Attribution::dealId).containsExactly("d1");
  }

  @Test
  void referralsSubmittedAfterAsOfAreNoCandidates() {
    // As of day 15 the "late" referral (day 20) does not exist; d1 closed on day 10 would otherwise
    // have rejected it as OUTSIDE_WINDOW.
    AttributionResult result =
        scenario.attribute(TestRules.excludeExistingCustomers(false), day(15));

    assertThat(result.rejections()).isEmpty();
    assertThat(Scenario.shares(result, "d1")).containsOnlyKeys("early");
  }

  @Test
  void recordsDatedExactlyAtAsOfCount() {
    AttributionResult result =
        scenario.attribute(TestRules.excludeExistingCustomers(false), day(30));

    assertThat(result.attributions()).extracting(Attribution::dealId).containsExactly("d1", "d2");
    assertThat(Scenario.shares(result, "d2")).containsOnlyKeys("late");
  }
}

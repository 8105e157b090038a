package dev.refsync.core.attribution;

import static dev.refsync.core.attribution.Scenario.attributionOf;
import static dev.refsync.core.attribution.Scenario.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Credit;
import dev.refsync.core.plans.AttributionModel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** DESIGN 4.3 FIRST_REFERRAL: the earliest submitted referral takes the whole credit. */
class FirstReferralModelTest {

  private final Scenario scenario =
      new Scenario().partner("p1").partner("p2").account("A1", "acme.com");

  @Test
  void theEarliestReferralGetsShareOne() {
    scenario
        .referral("r1", "p1", day(10), r -> r.domain("acme.com"))
        .referral("r2", "p2", day(3), r -> r.domain("acme.com"))
        .referral("r3", "p1", day(20), r -> r.domain("acme.com"))
        .wonDeal("d1", "A1", day(30));

    Attribution attribution =
        attributionOf(scenario.attribute(TestRules.model(AttributionModel.FIRST_REFERRAL)), "d1");

    assertThat(attribution.model()).isEqualTo(AttributionModel.FIRST_REFERRAL);
    assertThat(attribution.credits())
        .containsExactly(new Credit("r2", "p2", new BigDecimal("1.000000")));
  }

  @Test
  void aTieOnSubmissionTimeGoesToTheSmallerReferralId() {
    scenario
        .referral("rb", "p1", day(3), r -> r.domain("acme.com"))
        .referral("ra", "p2", day(3), r -> r.domain("acme.com"))
        .referral("r0", "p2", day(25), r -> r.domain("acme.com"))
        .wonDeal("d1", "A1", day(30));

    Attribution attribution =
        attributionOf(scenario.attribute(TestRules.model(AttributionModel.FIRST_REFERRAL)), "d1");

    assertThat(attribution.credits()).extracting(Credit::referralId).containsExactly("ra");
  }
}

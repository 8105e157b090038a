package dev.refsync.core.attribution;

import static dev.refsync.core.attribution.Scenario.attributionOf;
import static dev.refsync.core.attribution.Scenario.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Credit;
import dev.refsync.core.plans.AttributionModel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** DESIGN 4.3 LAST_REFERRAL: the latest submitted referral takes the whole credit. */
class LastReferralModelTest {

  private final Scenario scenario =
      new Scenario().partner("p1").partner("p2").account("A1", "acme.com");

  @Test
  void theLatestReferralGetsShareOne() {
    scenario
        .referral("r1", "p1", day(0), r -> r.domain("acme.com"))
        .referral("r2", "p2", day(20), r -> r.domain("acme.com"))
        .referral("r3", "p1", day(10), r -> r.domain("acme.com"))
        .wonDeal("d1", "A1", day(30));

    Attribution attribution =
        attributionOf(scenario.attribute(TestRules.model(AttributionModel.LAST_REFERRAL)), "d1");

    assertThat(attribution.model()).isEqualTo(AttributionModel.LAST_REFERRAL);
    assertThat(attribution.accountId()).isEqualTo("A1");
    assertThat(attribution.credits())
        .containsExactly(new Credit("r2", "p2", new BigDecimal("1.000000")));
  }

  @Test
  void aTieOnSubmissionTimeGoesToTheSmallerReferralId() {
    scenario
        .referral("r9", "p1", day(20), r -> r.domain("acme.com"))
        .referral("r10", "p2", day(20), r -> r.domain("acme.com"))
        .referral("r0", "p2", day(5), r -> r.domain("acme.com"))
        .wonDeal("d1", "A1", day(30));

    Attribution attribution =
        attributionOf(scenario.attribute(TestRules.model(AttributionModel.LAST_REFERRAL)), "d1");

    // Lexicographic: "r10" < "r9".
    assertThat(attribution.credits()).extracting(Credit::referralId).containsExactly("r10");
    assertThat(attribution.trail()).anyMatch(s -> s.contains("wins the tie on submission time"));
  }

  @Test
  void isTheDefaultModel() {
    scenario
        .referral("r1", "p1", day(0), r -> r.domain("acme.com"))
        .referral("r2", "p2", day(1), r -> r.domain("acme.com"))
        .wonDeal("d1", "A1", day(30));

    Attribution attribution = attributionOf(scenario.attribute(TestRules.defaults()), "d1");

    assertThat(attribution.model()).isEqualTo(AttributionModel.LAST_REFERRAL);
    assertThat(attribution.credits()).extracting(Credit::referralId).containsExactly("r2");
  }
}

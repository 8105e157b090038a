package dev.refsync.core.attribution;

import static dev.refsync.core.attribution.Scenario.attributionOf;
import static dev.refsync.core.attribution.Scenario.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.refsync.core.model.Credit;
import dev.refsync.core.plans.AttributionModel;
import org.junit.jupiter.api.Test;

/** DESIGN 4.3 SPLIT_EVEN: each of the n candidates gets 1/n, to six places, summing to 1. */
class SplitEvenModelTest {

  @Test
  void threeCandidatesShareAThirdEachAndTheLatestTakesTheResidual() {
    Scenario scenario =
        new Scenario()
            .partner("p1")
            .account("A1", "acme.com")
            .referral("r1", "p1", day(0), r -> r.domain("acme.com"))
            .referral("r2", "p1", day(5), r -> r.domain("acme.com"))
            .referral("r3", "p1", day(2), r -> r.domain("acme.com"))
            .wonDeal("d1", "A1", day(30));

    var credits =
        attributionOf(scenario.attribute(TestRules.model(AttributionModel.SPLIT_EVEN)), "d1")
            .credits();

    // 1/3 rounds to 0.333333; the residual 0.000001 goes to the preferred one (latest: r2).
    // Credits are listed by descending share, then id.
    assertThat(credits)
        .extracting(Credit::referralId, c -> c.share().toPlainString())
        .containsExactly(tuple("r2", "0.333334"), tuple("r1", "0.333333"), tuple("r3", "0.333333"));
  }

  @Test
  void twoCandidatesGetExactlyHalfEach() {
    Scenario scenario =
        new Scenario()
            .partner("p1")
            .partner("p2")
            .account("A1", "acme.com")
            .referral("r1", "p1", day(0), r -> r.domain("acme.com"))
            .referral("r2", "p2", day(0), r -> r.domain("acme.com"))
            .wonDeal("d1", "A1", day(30));

    var shares =
        Scenario.shares(scenario.attribute(TestRules.model(AttributionModel.SPLIT_EVEN)), "d1");

    assertThat(shares)
        .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("r1", "0.500000", "r2", "0.500000"));
  }
}

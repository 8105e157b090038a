package dev.refsync.core.plans;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A plan's tier filter matches the referrer's free-text tier ignoring case and blanks. */
class PlanTierMatchTest {
  private final Plan goldPartners =
      new Plan(
          "gold",
          Set.of(ReferrerType.PARTNER),
          Set.of("GOLD", "Platinum"),
          new Reward.Flat(BigDecimal.TEN),
          new Trigger.ClosedWon(),
          0,
          null);

  @Test
  void tierMatchesIgnoringCaseAndBlanks() {
    assertThat(goldPartners.matches(partner("Gold"))).isTrue();
    assertThat(goldPartners.matches(partner(" gold "))).isTrue();
    assertThat(goldPartners.matches(partner("PLATINUM"))).isTrue();
  }

  @Test
  void otherTiersMissingTiersAndOtherTypesDoNotMatch() {
    assertThat(goldPartners.matches(partner("SILVER"))).isFalse();
    assertThat(goldPartners.matches(partner(null))).isFalse();
    assertThat(
            goldPartners.matches(
                new Referrer("c1", ReferrerType.CUSTOMER, "C", null, "GOLD", null)))
        .isFalse();
  }

  private static Referrer partner(String tier) {
    return new Referrer("p1", ReferrerType.PARTNER, "P", null, tier, null);
  }
}

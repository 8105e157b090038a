package dev.refsync.core.attribution;

import static dev.refsync.core.attribution.Scenario.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.Rejection;
import dev.refsync.core.model.RejectionReason;
import org.junit.jupiter.api.Test;

/** DESIGN 4.2 SELF_REFERRAL: nobody earns a commission for their own company buying. */
class SelfReferralRuleTest {

  private final Scenario scenario =
      new Scenario().account("A1", "acme.com").wonDeal("d1", "A1", day(30));

  @Test
  void rejectsAReferrerWhoseOwnAccountIsTheDealsAccount() {
    scenario
        .referrer("p1", "pat@gmail.com", "A1")
        .referral("r1", "p1", day(0), r -> r.domain("acme.com"));

    AttributionResult result = scenario.attribute(TestRules.defaults());

    assertThat(result.attributions()).isEmpty();
    assertThat(result.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.dealId()).isEqualTo("d1");
              assertThat(r.referralId()).isEqualTo("r1");
              assertThat(r.reason()).isEqualTo(RejectionReason.SELF_REFERRAL);
              assertThat(r.detail()).contains("p1").contains("belongs to account A1");
            });
  }

  @Test
  void rejectsAReferrerWithAnEmailAtOneOfTheAccountsDomains() {
    scenario
        .referrer("p1", "Pat@Sales.ACME.com", null)
        .referral("r1", "p1", day(0), r -> r.domain("acme.com"));

    Rejection rejection = scenario.attribute(TestRules.defaults()).rejections().get(0);

    assertThat(rejection.reason()).isEqualTo(RejectionReason.SELF_REFERRAL);
    assertThat(rejection.detail()).contains("e-mail address at acme.com");
  }

  @Test
  void aFreeMailReferrerEmailNeverMakesASelfReferral() {
    scenario
        .account("G1", "gmail.com")
        .contact("c1", "G1", "buyer@gmail.com")
        .wonDeal("dg", "G1", day(30))
        .referrer("p1", "pat@gmail.com", null)
        .referral("r1", "p1", day(0), r -> r.email("buyer@gmail.com"));

    AttributionResult result = scenario.attribute(TestRules.defaults());

    assertThat(result.rejections()).isEmpty();
    assertThat(result.attributions()).singleElement().extracting(a -> a.dealId()).isEqualTo("dg");
  }

  @Test
  void theAllowListExemptsAnEmailDomainAndSaysSoInTheTrail() {
    scenario
        .account("A2", "certified-agency.com")
        .wonDeal("d2", "A2", day(30))
        .referrer("p1", "pat@certified-agency.com", null)
        .referral("r1", "p1", day(0), r -> r.domain("certified-agency.com"));

    AttributionResult result =
        scenario.attribute(TestRules.allowSelfReferralFrom("WWW.Certified-Agency.com"));

    assertThat(result.rejections()).isEmpty();
    assertThat(Scenario.shares(result, "d2")).containsEntry("r1", "1.000000");
    assertThat(Scenario.attributionOf(result, "d2").trail())
        .anyMatch(s -> s.contains("self-referral allow-list"));
  }

  @Test
  void theAllowListDoesNotExemptAReferrerWhoseOwnAccountIsTheDealsAccount() {
    scenario
        .referrer("p1", "pat@acme.com", "A1")
        .referral("r1", "p1", day(0), r -> r.domain("acme.com"));

    AttributionResult result = scenario.attribute(TestRules.allowSelfReferralFrom("acme.com"));

    assertThat(result.rejections())
        .extracting(Rejection::reason)
        .containsExactly(RejectionReason.SELF_REFERRAL);
  }

  @Test
  void selfReferralIsCheckedBeforeTheOtherRules() {
    // Also outside the window and after an earlier won deal: the first rule that applies is
    // recorded.
    scenario
        .wonDeal("d0", "A1", day(-10))
        .wonDeal("late", "A1", day(400))
        .referrer("p1", "pat@acme.com", null)
        .referral("r1", "p1", day(0), r -> r.domain("acme.com"));

    AttributionResult result = scenario.attribute(TestRules.defaults());

    assertThat(result.rejections())
        .filteredOn(r -> r.dealId().equals("late"))
        .extracting(Rejection::reason)
        .containsExactly(RejectionReason.SELF_REFERRAL);
  }
}

package dev.refsync.core.attribution;

import static dev.refsync.core.attribution.Scenario.attributionOf;
import static dev.refsync.core.attribution.Scenario.candidateIds;
import static dev.refsync.core.attribution.Scenario.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.plans.AttributionModel;
import org.junit.jupiter.api.Test;

/** DESIGN 4.1: which referrals resolve to a deal's account. */
class CandidateMatchingTest {

  private final Scenario scenario =
      new Scenario()
          .partner("p1")
          .account("A1", "acme.com")
          .account("B1", "other.com")
          .contact("c1", "A1", "jane@acme.com")
          .contact("c2", "A1", "Signer@Acme-Holdings.example.org")
          .wonDeal("d1", "A1", day(30));

  private AttributionResult attribute() {
    return scenario.attribute(TestRules.model(AttributionModel.SPLIT_EVEN));
  }

  @Test
  void matchesByTheAccountIdSetOnTheReferral() {
    scenario.referral("r1", "p1", day(0), r -> r.account("A1"));

    assertThat(candidateIds(attribute(), "d1")).containsExactly("r1");
    assertThat(attributionOf(attribute(), "d1").trail())
        .anyMatch(s -> s.contains("matched by account id A1"));
  }

  @Test
  void matchesByTheEmailOfAnotherStakeholderOfTheAccount() {
    // The referred person is not the one who signs: c2 is another contact of A1, at a domain that
    // is not one of A1's domains, so only the stakeholder mapping can find this referral.
    scenario.referral("r1", "p1", day(0), r -> r.email("  signer@acme-holdings.EXAMPLE.org "));

    AttributionResult result = attribute();

    assertThat(candidateIds(result, "d1")).containsExactly("r1");
    assertThat(attributionOf(result, "d1").trail())
        .anyMatch(
            s ->
                s.contains(
                    "matched by contact email signer@acme-holdings.example.org"
                        + " (stakeholder of account A1)"));
  }

  @Test
  void matchesByCompanyDomain() {
    scenario.referral("r1", "p1", day(0), r -> r.domain("acme.com"));

    AttributionResult result = attribute();

    assertThat(candidateIds(result, "d1")).containsExactly("r1");
    assertThat(attributionOf(result, "d1").trail())
        .anyMatch(s -> s.contains("matched by company domain acme.com"));
  }

  @Test
  void matchesByTheDomainOfACompanyContactEmail() {
    scenario.referral("r1", "p1", day(0), r -> r.email("someone.new@acme.com"));

    AttributionResult result = attribute();

    assertThat(candidateIds(result, "d1")).containsExactly("r1");
    assertThat(attributionOf(result, "d1").trail())
        .anyMatch(s -> s.contains("matched by the domain acme.com of the contact email"));
  }

  @Test
  void normalizesWwwSubdomainsAndCaseOfTheCompanyDomain() {
    scenario
        .referral("r1", "p1", day(0), r -> r.domain("https://WWW.Acme.com/pricing"))
        .referral("r2", "p1", day(0), r -> r.domain("eu.shop.acme.com"))
        .referral("r3", "p1", day(0), r -> r.email("bob@mail.ACME.com"));

    assertThat(candidateIds(attribute(), "d1")).containsExactlyInAnyOrder("r1", "r2", "r3");
  }

  @Test
  void reducesToTheRegistrableDomainUnderAMultiLabelPublicSuffix() {
    scenario
        .account("U1", "www.Foo.co.uk")
        .wonDeal("du", "U1", day(30))
        .referral("r1", "p1", day(0), r -> r.domain("shop.foo.co.uk"))
        // Another company under the same public suffix must not match.
        .referral("r2", "p1", day(0), r -> r.domain("bar.co.uk"));

    assertThat(candidateIds(attribute(), "du")).containsExactly("r1");
  }

  @Test
  void aFreeMailAddressMatchesOnlyAContactWithThatExactAddress() {
    scenario
        .account("G1", "gmail.com")
        .contact("c3", "A1", "jane.doe@gmail.com")
        .wonDeal("dg", "G1", day(30))
        .referral("r1", "p1", day(0), r -> r.email("Jane.Doe@gmail.com"))
        .referral("r2", "p1", day(0), r -> r.email("somebody.else@gmail.com"))
        .referral("r3", "p1", day(0), r -> r.domain("www.gmail.com"));

    AttributionResult result = attribute();

    assertThat(candidateIds(result, "d1")).containsExactly("r1");
    // Even an account that (wrongly) lists gmail.com among its domains is not matched by a gmail
    // address or a gmail "company domain": a free-mail domain never identifies a company.
    assertThat(candidateIds(result, "dg")).isEmpty();
  }

  @Test
  void aReferralMatchingInSeveralWaysIsOneCandidateWithEveryMatchInTheTrail() {
    scenario.referral(
        "r1", "p1", day(0), r -> r.account("A1").email("jane@acme.com").domain("acme.com"));

    AttributionResult result = attribute();

    assertThat(attributionOf(result, "d1").credits()).hasSize(1);
    assertThat(attributionOf(result, "d1").trail())
        .anyMatch(
            s ->
                s.contains("matched by account id A1")
                    && s.contains("matched by contact email jane@acme.com")
                    && s.contains("matched by company domain acme.com")
                    && s.contains("matched by the domain acme.com of the contact email"));
  }

  @Test
  void referralsOfOtherAccountsAreNoCandidates() {
    scenario
        .referral("r1", "p1", day(0), r -> r.domain("other.com"))
        .referral("r2", "p1", day(0), r -> r.account("B1"))
        .referral("r3", "p1", day(0), r -> r.email("jane@other.com"));

    AttributionResult result = attribute();

    assertThat(result.attributions()).isEmpty();
    assertThat(result.rejections()).isEmpty();
  }

  @Test
  void referralsOfUnknownReferrersAreSkipped() {
    scenario.referral("r1", "nobody", day(0), r -> r.account("A1"));

    assertThat(candidateIds(attribute(), "d1")).isEmpty();
  }

  @Test
  void onlyClosedWonDealsAreAttributed() {
    scenario
        .deal("open", "A1", DealStage.OPEN, null, null, 12)
        .deal("lost", "A1", DealStage.CLOSED_LOST, day(20), null, 12)
        .referral("r1", "p1", day(0), r -> r.account("A1"));

    assertThat(attribute().attributions()).extracting(Attribution::dealId).containsExactly("d1");
  }
}

package dev.refsync.core.engine;

import static dev.refsync.core.engine.World.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.refsync.core.model.Account;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.model.Rejection;
import dev.refsync.core.model.RejectionReason;
import dev.refsync.core.plans.PlansConfig;
import dev.refsync.core.plans.PlansLoader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The DESIGN 6 example plans file, loaded by the plans loader, drives both engines. */
class ExamplePlansEndToEndTest {
  private static String exampleYaml() {
    try (InputStream in =
        ExamplePlansEndToEndTest.class.getResourceAsStream(
            "/dev/refsync/core/plans/example-plans.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static EngineResult evaluate(String yaml, World world) {
    PlansConfig plans = PlansLoader.parse("example-plans.yaml", yaml);
    return new RefsyncEngine(plans, World.DOMAINS).evaluate(world.dataset(), day(200));
  }

  @Test
  void eachReferrerTypeIsPaidUnderItsExamplePlan() {
    World world =
        new World()
            .referrer("gold", ReferrerType.PARTNER, "GOLD")
            .referrer("silver", ReferrerType.PARTNER, "SILVER")
            .referrer("cust", ReferrerType.CUSTOMER)
            .referrer("emp", ReferrerType.EMPLOYEE)
            .account("a1", "alpha.com")
            .account("a2", "beta.com")
            .account("a3", "gamma.com")
            .account("a4", "delta.com")
            .referral("r-gold", "gold", "alpha.com", day(0))
            .referral("r-silver", "silver", "beta.com", day(0))
            .referral("r-cust", "cust", "gamma.com", day(0))
            .referral("r-emp", "emp", "delta.com", day(0))
            .wonDeal("d1", "a1", "12000", 12, day(10))
            .wonDeal("d2", "a2", "12000", 12, day(10))
            .wonDeal("d3", "a3", "180000", 36, day(10))
            .wonDeal("d4", "a4", "12000", 12, day(10))
            .payment("pay-a1", "a1", "1000", day(180))
            .payment("pay-a2", "a2", "1000", day(20))
            .payment("pay-a4", "a4", "1000", day(20));

    EngineResult result = evaluate(exampleYaml(), world);

    assertThat(result.commissions())
        .extracting(
            CommissionEntry::planId,
            CommissionEntry::referralId,
            CommissionEntry::amount,
            CommissionEntry::earnedAt,
            CommissionEntry::status)
        .containsExactlyInAnyOrder(
            // 25% of the payment, FIRST_PAYMENT, held 30 days (still held at day 200).
            tuple(
                "partner-recurring",
                "r-gold",
                new BigDecimal("250.00"),
                day(180),
                EntryStatus.HELD),
            // 10% of first-year ACV 60,000 = 6,000, capped at 5,000.
            tuple(
                "customer-acv", "r-cust", new BigDecimal("5000.00"), day(10), EntryStatus.PAYABLE),
            // FLAT 1000, RETAINED 30 days after the first payment.
            tuple(
                "employee-bonus",
                "r-emp",
                new BigDecimal("1000.00"),
                day(50),
                EntryStatus.PAYABLE));
  }

  @Test
  void enterpriseDealsGetTheLongerWindow() {
    World world =
        new World()
            .referrer("cust", ReferrerType.CUSTOMER)
            .account("a1", "alpha.com")
            .account("a2", "beta.com")
            .referral("r-big", "cust", "alpha.com", day(0))
            .referral("r-small", "cust", "beta.com", day(0))
            // ACV 50,000 reaches the threshold: 180-day window. ACV 49,999.99 does not: 90 days.
            .wonDeal("d-big", "a1", "100000", 24, day(150))
            .wonDeal("d-small", "a2", "49999.99", 12, day(150));

    EngineResult result = evaluate(exampleYaml(), world);

    assertThat(result.attributions()).extracting(a -> a.dealId()).containsExactly("d-big");
    assertThat(result.rejections())
        .extracting(Rejection::dealId, Rejection::reason)
        .containsExactly(tuple("d-small", RejectionReason.OUTSIDE_WINDOW));
  }

  @Test
  void allowDomainWrittenWithWwwAndCapitalsStillExemptsTheRegistrableDomain() {
    String yaml =
        exampleYaml()
            .replace(
                "selfReferralAllowDomains: [certified-agency.com]",
                "selfReferralAllowDomains: [www.Certified-Agency.com]");
    World world = agencyReferringItsOwnClient();

    EngineResult result = evaluate(yaml, world);

    assertThat(result.rejections()).isEmpty();
    assertThat(result.commissions())
        .extracting(CommissionEntry::referralId, CommissionEntry::amount)
        .containsExactly(tuple("r1", new BigDecimal("1200.00")));
  }

  @Test
  void withoutTheAllowDomainTheSameReferralIsASelfReferral() {
    String yaml = exampleYaml().replace("selfReferralAllowDomains: [certified-agency.com]", "");

    EngineResult result = evaluate(yaml, agencyReferringItsOwnClient());

    assertThat(result.rejections())
        .extracting(Rejection::referralId, Rejection::reason)
        .containsExactly(tuple("r1", RejectionReason.SELF_REFERRAL));
    assertThat(result.commissions()).isEmpty();
  }

  /** The referrer's e-mail domain is one of the account's domains. */
  private static World agencyReferringItsOwnClient() {
    World world = new World();
    world.referrers.add(
        new Referrer(
            "agency",
            ReferrerType.CUSTOMER,
            "Certified Agency",
            "Sales@Mail.Certified-Agency.com",
            null,
            null));
    world.accounts.add(
        new Account("a1", "Client", Set.of("client.com", "certified-agency.com"), List.of()));
    return world
        .referral("r1", "agency", "client.com", day(0))
        .wonDeal("d1", "a1", "12000", 12, day(10));
  }
}

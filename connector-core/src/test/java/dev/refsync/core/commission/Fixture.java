package dev.refsync.core.commission;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Channel;
import dev.refsync.core.model.Churn;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Credit;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.Payment;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.model.Refund;
import dev.refsync.core.plans.AttributionModel;
import dev.refsync.core.plans.AttributionRules;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.PlansConfig;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test-only builder of canonical records and attributions (attribution is not recomputed: the
 * credits are stated directly, as the attribution engine would output them).
 */
final class Fixture {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  final List<Referrer> referrers = new ArrayList<>();
  final List<Referral> referrals = new ArrayList<>();
  final List<Deal> deals = new ArrayList<>();
  final List<Payment> payments = new ArrayList<>();
  final List<Refund> refunds = new ArrayList<>();
  final List<Churn> churns = new ArrayList<>();
  private final Map<String, List<Credit>> creditsByDeal = new LinkedHashMap<>();

  static Instant day(long n) {
    return T0.plus(Duration.ofDays(n));
  }

  static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  /** A plan for every referrer type, no hold, no clawback. */
  static Plan plan(String id, Reward reward, Trigger trigger) {
    return plan(id, reward, trigger, 0, null);
  }

  static Plan plan(String id, Reward reward, Trigger trigger, int holdDays, Integer clawbackDays) {
    return new Plan(
        id, EnumSet.allOf(ReferrerType.class), Set.of(), reward, trigger, holdDays, clawbackDays);
  }

  static PlansConfig config(Plan... plans) {
    return new PlansConfig(AttributionRules.defaults(), List.of(plans));
  }

  Fixture referrer(String id, ReferrerType type) {
    return referrer(id, type, null);
  }

  Fixture referrer(String id, ReferrerType type, String tier) {
    referrers.add(new Referrer(id, type, id, null, tier, null));
    return this;
  }

  Fixture referral(String id, String referrerId) {
    referrals.add(new Referral(id, referrerId, null, null, null, null, Channel.LINK, T0, null));
    return this;
  }

  Fixture deal(String id, String accountId, String amount, String currency, int term, Instant at) {
    deals.add(
        new Deal(
            id, accountId, money(amount), currency, term, DealStage.CLOSED_WON, T0, at, List.of()));
    return this;
  }

  Fixture payment(String id, String accountId, String amount, String currency, Instant paidAt) {
    payments.add(new Payment(id, accountId, null, money(amount), currency, paidAt, null));
    return this;
  }

  Fixture refund(String id, String paymentId, String amount, Instant at) {
    refunds.add(new Refund(id, paymentId, money(amount), at));
    return this;
  }

  Fixture churn(String accountId, Instant at) {
    churns.add(new Churn(accountId, at));
    return this;
  }

  /** Credits {@code referralId} on {@code dealId} with {@code share} (six places). */
  Fixture credit(String dealId, String referralId, String share) {
    String referrerId =
        referrals.stream()
            .filter(r -> r.id().equals(referralId))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("declare referral " + referralId))
            .referrerId();
    creditsByDeal
        .computeIfAbsent(dealId, k -> new ArrayList<>())
        .add(new Credit(referralId, referrerId, money(share)));
    return this;
  }

  CanonicalDataset dataset() {
    return new CanonicalDataset(
        referrers, referrals, List.of(), List.of(), deals, payments, refunds, churns);
  }

  List<Attribution> attributions() {
    List<Attribution> attributions = new ArrayList<>();
    creditsByDeal.forEach(
        (dealId, credits) -> {
          String accountId =
              deals.stream()
                  .filter(d -> d.id().equals(dealId))
                  .findFirst()
                  .orElseThrow()
                  .accountId();
          attributions.add(
              new Attribution(
                  dealId, accountId, AttributionModel.SPLIT_EVEN, credits, List.of("test")));
        });
    return attributions;
  }

  List<CommissionEntry> compute(Instant asOf, Plan... plans) {
    return new CommissionEngine(config(plans)).compute(dataset(), attributions(), asOf);
  }

  static List<CommissionEntry> accruals(List<CommissionEntry> entries) {
    return entries.stream().filter(e -> e.kind() == EntryKind.ACCRUAL).toList();
  }

  static List<CommissionEntry> clawbacks(List<CommissionEntry> entries) {
    return entries.stream().filter(e -> e.kind() == EntryKind.CLAWBACK).toList();
  }

  static List<BigDecimal> amounts(List<CommissionEntry> entries) {
    return entries.stream().map(CommissionEntry::amount).toList();
  }

  /** One PARTNER referrer p1 with referral r1. */
  static Fixture onePartner() {
    return new Fixture().referrer("p1", ReferrerType.PARTNER).referral("r1", "p1");
  }
}

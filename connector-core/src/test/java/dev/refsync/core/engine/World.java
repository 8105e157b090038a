package dev.refsync.core.engine;

import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.model.Account;
import dev.refsync.core.model.Channel;
import dev.refsync.core.model.Churn;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Contact;
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
import java.util.List;
import java.util.Set;

/**
 * A small canonical data set built in code for end-to-end runs of {@link RefsyncEngine}:
 * attribution is computed, not stated, so these tests check the two engines together.
 */
final class World {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final DomainNormalizer DOMAINS = DomainNormalizer.withDefaultFreeMailList();

  final List<Referrer> referrers = new ArrayList<>();
  final List<Referral> referrals = new ArrayList<>();
  final List<Account> accounts = new ArrayList<>();
  final List<Contact> contacts = new ArrayList<>();
  final List<Deal> deals = new ArrayList<>();
  final List<Payment> payments = new ArrayList<>();
  final List<Refund> refunds = new ArrayList<>();
  final List<Churn> churns = new ArrayList<>();

  static Instant day(long n) {
    return T0.plus(Duration.ofDays(n));
  }

  static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  static Plan plan(
      String id,
      ReferrerType type,
      Reward reward,
      Trigger trigger,
      int holdDays,
      Integer clawbackDays) {
    return new Plan(id, Set.of(type), Set.of(), reward, trigger, holdDays, clawbackDays);
  }

  static AttributionRules rules(AttributionModel model) {
    AttributionRules d = AttributionRules.defaults();
    return new AttributionRules(
        model,
        d.windowDays(),
        d.enterpriseWindowDays(),
        d.enterpriseAcvThreshold(),
        d.halfLifeDays(),
        d.excludeExistingCustomers(),
        d.selfReferralAllowDomains());
  }

  World referrer(String id, ReferrerType type) {
    return referrer(id, type, null);
  }

  World referrer(String id, ReferrerType type, String tier) {
    referrers.add(new Referrer(id, type, "Referrer " + id, id + "@referrers.example", tier, null));
    return this;
  }

  /** An account with one domain. */
  World account(String id, String domain) {
    accounts.add(new Account(id, "Company " + id, Set.of(domain), List.of()));
    return this;
  }

  /** A referral of the company at {@code domain}, submitted on {@code submittedAt}. */
  World referral(String id, String referrerId, String domain, Instant submittedAt) {
    referrals.add(
        new Referral(id, referrerId, null, domain, null, null, Channel.LINK, submittedAt, null));
    return this;
  }

  World wonDeal(String id, String accountId, String amount, int termMonths, Instant closedAt) {
    return deal(id, accountId, amount, termMonths, DealStage.CLOSED_WON, closedAt);
  }

  World deal(
      String id,
      String accountId,
      String amount,
      int termMonths,
      DealStage stage,
      Instant closedAt) {
    deals.add(
        new Deal(
            id,
            accountId,
            money(amount),
            "USD",
            termMonths,
            stage,
            closedAt.minus(Duration.ofDays(30)),
            closedAt,
            List.of()));
    return this;
  }

  World payment(String id, String accountId, String amount, Instant paidAt) {
    payments.add(
        new Payment(id, accountId, null, money(amount), "USD", paidAt, "sub_" + accountId));
    return this;
  }

  World refund(String id, String paymentId, String amount, Instant at) {
    refunds.add(new Refund(id, paymentId, money(amount), at));
    return this;
  }

  World churn(String accountId, Instant at) {
    churns.add(new Churn(accountId, at));
    return this;
  }

  CanonicalDataset dataset() {
    return new CanonicalDataset(
        referrers, referrals, accounts, contacts, deals, payments, refunds, churns);
  }

  EngineResult evaluate(Instant asOf, Plan... plans) {
    return evaluate(asOf, rules(AttributionModel.LAST_REFERRAL), plans);
  }

  EngineResult evaluate(Instant asOf, AttributionRules rules, Plan... plans) {
    return new RefsyncEngine(new PlansConfig(rules, List.of(plans)), DOMAINS)
        .evaluate(dataset(), asOf);
  }

  static List<CommissionEntry> accruals(EngineResult result) {
    return result.commissions().stream().filter(e -> e.kind() == EntryKind.ACCRUAL).toList();
  }

  static List<CommissionEntry> clawbacks(EngineResult result) {
    return result.commissions().stream().filter(e -> e.kind() == EntryKind.CLAWBACK).toList();
  }
}

package dev.refsync.core.attribution;

import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Account;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Channel;
import dev.refsync.core.model.Contact;
import dev.refsync.core.model.Credit;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.model.Rejection;
import dev.refsync.core.plans.AttributionRules;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Builds small canonical data sets for attribution tests, readably. */
final class Scenario {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant FAR_FUTURE = Instant.parse("2030-01-01T00:00:00Z");
  static final DomainNormalizer DOMAINS = DomainNormalizer.withDefaultFreeMailList();

  final List<Referrer> referrers = new ArrayList<>();
  final List<Referral> referrals = new ArrayList<>();
  final List<Account> accounts = new ArrayList<>();
  final List<Contact> contacts = new ArrayList<>();
  final List<Deal> deals = new ArrayList<>();

  static Instant day(double days) {
    return T0.plus(Duration.ofSeconds(Math.round(days * 86_400)));
  }

  /** A partner whose e-mail is at a partner agency, belonging to no account in the scenario. */
  Scenario partner(String id) {
    return referrer(id, id + "@partner-agency.com", null);
  }

  Scenario referrer(String id, String email, String accountId) {
    referrers.add(
        new Referrer(id, ReferrerType.PARTNER, "Name of " + id, email, "GOLD", accountId));
    return this;
  }

  Scenario account(String id, String... domains) {
    accounts.add(new Account(id, "Company " + id, Set.of(domains), List.of()));
    return this;
  }

  Scenario contact(String id, String accountId, String email) {
    contacts.add(new Contact(id, accountId, email, "Contact " + id, Set.of("CHAMPION")));
    return this;
  }

  Scenario referral(String id, String referrerId, Instant at, Consumer<ReferralSpec> spec) {
    ReferralSpec s = new ReferralSpec();
    spec.accept(s);
    referrals.add(
        new Referral(id, referrerId, s.email, s.domain, null, s.accountId, Channel.LINK, at, null));
    return this;
  }

  Scenario wonDeal(String id, String accountId, Instant closedAt) {
    return deal(id, accountId, DealStage.CLOSED_WON, closedAt, new BigDecimal("12000"), 12);
  }

  Scenario deal(
      String id,
      String accountId,
      DealStage stage,
      Instant closedAt,
      BigDecimal amount,
      int termMonths) {
    deals.add(new Deal(id, accountId, amount, "USD", termMonths, stage, T0, closedAt, List.of()));
    return this;
  }

  CanonicalDataset dataset() {
    return new CanonicalDataset(
        referrers, referrals, accounts, contacts, deals, List.of(), List.of(), List.of());
  }

  AttributionResult attribute(AttributionRules rules) {
    return attribute(rules, FAR_FUTURE);
  }

  AttributionResult attribute(AttributionRules rules, Instant asOf) {
    return new AttributionEngine(rules, DOMAINS).attribute(dataset(), asOf);
  }

  /** Referral id to share, for the attribution of {@code dealId}. */
  static Map<String, String> shares(AttributionResult result, String dealId) {
    return attributionOf(result, dealId).credits().stream()
        .collect(Collectors.toMap(Credit::referralId, c -> c.share().toPlainString()));
  }

  static Attribution attributionOf(AttributionResult result, String dealId) {
    return result.attributions().stream()
        .filter(a -> a.dealId().equals(dealId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no attribution for deal " + dealId));
  }

  /** The candidates of {@code dealId}: credited or rejected referral ids. */
  static Set<String> candidateIds(AttributionResult result, String dealId) {
    Set<String> ids =
        result.rejections().stream()
            .filter(r -> r.dealId().equals(dealId))
            .map(Rejection::referralId)
            .collect(Collectors.toSet());
    result.attributions().stream()
        .filter(a -> a.dealId().equals(dealId))
        .flatMap(a -> a.credits().stream())
        .forEach(c -> ids.add(c.referralId()));
    return ids;
  }

  static final class ReferralSpec {
    private String email;
    private String domain;
    private String accountId;

    ReferralSpec email(String value) {
      this.email = value;
      return this;
    }

    ReferralSpec domain(String value) {
      this.domain = value;
      return this;
    }

    ReferralSpec account(String value) {
      this.accountId = value;
      return this;
    }
  }
}

package dev.refsync.core.attribution;

import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.Rejection;
import dev.refsync.core.model.RejectionReason;
import dev.refsync.core.plans.AttributionRules;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rejection rules of DESIGN 4.2, checked in the order SELF_REFERRAL, EXISTING_CUSTOMER,
 * OUTSIDE_WINDOW; the first that applies is the one recorded.
 */
final class RejectionRules {
  private final AttributionRules rules;
  private final AttributionWindow window;
  private final Set<String> selfReferralAllowDomains;

  RejectionRules(AttributionRules rules, DomainNormalizer domains) {
    this.rules = rules;
    this.window = new AttributionWindow(rules);
    Set<String> allowed = new HashSet<>();
    for (String domain : rules.selfReferralAllowDomains()) {
      domains.registrableDomain(domain).ifPresent(allowed::add);
    }
    this.selfReferralAllowDomains = Set.copyOf(allowed);
  }

  /**
   * The rejection of {@code candidate} for {@code deal}, if any. Exemptions that spared it (the
   * self-referral allow-list) are added to {@code trail}.
   */
  Optional<Rejection> check(
      Deal deal, AccountView account, Candidate candidate, List<String> trail) {
    Optional<String> reason = selfReferral(account, candidate, trail);
    if (reason.isPresent()) {
      return Optional.of(reject(deal, candidate, RejectionReason.SELF_REFERRAL, reason.get()));
    }
    reason = existingCustomer(deal, account, candidate.referral());
    if (reason.isPresent()) {
      return Optional.of(reject(deal, candidate, RejectionReason.EXISTING_CUSTOMER, reason.get()));
    }
    reason = outsideWindow(deal, candidate.referral());
    return reason.map(r -> reject(deal, candidate, RejectionReason.OUTSIDE_WINDOW, r));
  }

  private Optional<String> selfReferral(
      AccountView account, Candidate candidate, List<String> trail) {
    Referrer referrer = candidate.referrer();
    if (account.id().equals(referrer.accountId())) {
      return Optional.of(
          "referrer " + referrerLabel(referrer) + " belongs to " + account.label() + " itself");
    }
    Optional<String> domain =
        Optional.ofNullable(candidate.referrerDomain()).filter(account.domains()::contains);
    if (domain.isEmpty()) {
      return Optional.empty();
    }
    if (selfReferralAllowDomains.contains(domain.get())) {
      trail.add(
          "Referral "
              + candidate.id()
              + " is not a self-referral although referrer "
              + referrerLabel(referrer)
              + " has an e-mail address at "
              + domain.get()
              + ": that domain is on the self-referral allow-list.");
      return Optional.empty();
    }
    return Optional.of(
        "referrer "
            + referrerLabel(referrer)
            + " has an e-mail address at "
            + domain.get()
            + ", one of the domains of "
            + account.label());
  }

  private Optional<String> existingCustomer(Deal deal, AccountView account, Referral referral) {
    if (!rules.excludeExistingCustomers()) {
      return Optional.empty();
    }
    return account
        .firstWonDealOtherThan(deal)
        .filter(earlier -> earlier.closedAt().isBefore(referral.submittedAt()))
        .map(
            earlier ->
                account.label()
                    + " was already a customer: deal "
                    + earlier.id()
                    + " closed won at "
                    + earlier.closedAt()
                    + ", before the referral was submitted at "
                    + referral.submittedAt());
  }

  private Optional<String> outsideWindow(Deal deal, Referral referral) {
    Instant submitted = referral.submittedAt();
    Instant closed = deal.closedAt();
    if (closed.isBefore(submitted)) {
      return Optional.of(
          "closed at "
              + closed
              + ", "
              + Durations.describe(Duration.between(closed, submitted))
              + " before the referral was submitted at "
              + submitted);
    }
    Duration elapsed = Duration.between(submitted, closed);
    if (elapsed.compareTo(window.of(deal)) > 0) {
      return Optional.of(
          "closed "
              + Durations.describe(elapsed)
              + " after the referral; "
              + window.describe(deal));
    }
    return Optional.empty();
  }

  private static Rejection reject(
      Deal deal, Candidate candidate, RejectionReason reason, String detail) {
    return new Rejection(deal.id(), candidate.id(), reason, detail);
  }

  static String referrerLabel(Referrer referrer) {
    return referrer.name() == null || referrer.name().isBlank()
        ? referrer.id()
        : referrer.id() + " (" + referrer.name() + ")";
  }
}

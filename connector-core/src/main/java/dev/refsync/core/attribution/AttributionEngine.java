package dev.refsync.core.attribution;

import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Credit;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.Rejection;
import dev.refsync.core.plans.AttributionModel;
import dev.refsync.core.plans.AttributionRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which referrals earn the credit for each closed-won deal (DESIGN 4): finds the candidates
 * that resolve to the deal's account, rejects self-referrals, existing customers and referrals
 * outside the window, and shares the credit among the rest by the configured model.
 *
 * <p>A pure function of its inputs: no I/O, no clock (the caller passes {@code asOf}), and the same
 * records in any order give the same result. Work is proportional to the number of records and
 * matches: referrals, contacts and deals are indexed once per call.
 */
public final class AttributionEngine {
  private static final Comparator<Rejection> REJECTION_ORDER =
      Comparator.comparing(Rejection::dealId).thenComparing(Rejection::referralId);

  private final AttributionRules rules;
  private final DomainNormalizer domains;
  private final RejectionRules rejectionRules;
  private final CreditWeighting weighting;

  public AttributionEngine(AttributionRules rules, DomainNormalizer domains) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.domains = Objects.requireNonNull(domains, "domains");
    requireSane(rules);
    this.rejectionRules = new RejectionRules(rules, domains);
    this.weighting = CreditWeighting.of(rules);
  }

  /**
   * Attributes every deal won as of {@code asOf}. Records dated after {@code asOf} are ignored:
   * referrals submitted later are no candidates, and deals closed later are not won yet (for the
   * existing-customer rule too).
   */
  public AttributionResult attribute(CanonicalDataset data, Instant asOf) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(asOf, "asOf");
    List<Deal> won =
        data.deals().stream()
            .filter(d -> d.isClosedWon() && !d.closedAt().isAfter(asOf))
            .sorted(Comparator.comparing(Deal::id))
            .toList();
    AccountIndex accounts = new AccountIndex(data.accounts(), data.contacts(), won, domains);
    ReferralIndex referrals = new ReferralIndex(data.referrers(), data.referrals(), asOf, domains);

    List<Attribution> attributions = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    for (Deal deal : won) {
      if (deal.accountId() == null) {
        continue;
      }
      AccountView account = accounts.view(deal.accountId());
      attributeDeal(deal, account, referrals.candidatesFor(account), rejections)
          .ifPresent(attributions::add);
    }
    attributions.sort(Comparator.comparing(Attribution::dealId));
    rejections.sort(REJECTION_ORDER);
    return new AttributionResult(attributions, rejections);
  }

  private Optional<Attribution> attributeDeal(
      Deal deal, AccountView account, List<Candidate> candidates, List<Rejection> rejections) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    List<String> trail = new ArrayList<>();
    trail.add(
        "Deal "
            + deal.id()
            + " of "
            + account.label()
            + " closed won at "
            + deal.closedAt()
            + "; "
            + (candidates.size() == 1
                ? "1 candidate referral"
                : candidates.size() + " candidate referrals")
            + ".");
    for (Candidate c : candidates) {
      trail.add(describeCandidate(c));
    }
    List<Candidate> remaining = new ArrayList<>();
    for (Candidate c : candidates) {
      Optional<Rejection> rejection = rejectionRules.check(deal, account, c, trail);
      if (rejection.isPresent()) {
        rejections.add(rejection.get());
        trail.add(
            "Referral "
                + c.id()
                + " rejected ("
                + rejection.get().reason()
                + "): "
                + rejection.get().detail()
                + ".");
      } else {
        remaining.add(c);
      }
    }
    if (remaining.isEmpty()) {
      return Optional.empty();
    }
    CreditWeighting.Weights weights = weighting.weigh(deal, remaining);
    trail.add(weights.explanation());
    List<Credit> credits = ShareAllocator.allocate(remaining, weights.values());
    trail.add(describeShares(credits));
    return Optional.of(new Attribution(deal.id(), account.id(), rules.model(), credits, trail));
  }

  private static String describeCandidate(Candidate c) {
    StringBuilder sentence =
        new StringBuilder("Referral ")
            .append(c.id())
            .append(" by referrer ")
            .append(RejectionRules.referrerLabel(c.referrer()))
            .append(", submitted at ")
            .append(c.referral().submittedAt())
            .append(" via ")
            .append(c.referral().channel())
            .append(": ");
    for (int i = 0; i < c.matches().size(); i++) {
      sentence.append(i == 0 ? "" : "; ").append(c.matches().get(i).describe());
    }
    return sentence.append(".").toString();
  }

  private static String describeShares(List<Credit> credits) {
    StringBuilder sentence = new StringBuilder("Shares: ");
    for (int i = 0; i < credits.size(); i++) {
      Credit credit = credits.get(i);
      sentence
          .append(i == 0 ? "" : ", ")
          .append(credit.referralId())
          .append(" (referrer ")
          .append(credit.referrerId())
          .append(") ")
          .append(credit.share().toPlainString());
    }
    return sentence.append(".").toString();
  }

  /** The plans loader validates the rules; this guards hand-built ones against nonsense. */
  private static void requireSane(AttributionRules rules) {
    List<String> problems = new ArrayList<>();
    if (rules.windowDays() < 0) {
      problems.add("rules.windowDays must be 0 or more, got " + rules.windowDays());
    }
    if (rules.enterpriseAcvThreshold() != null && rules.enterpriseWindowDays() < 0) {
      problems.add(
          "rules.enterpriseWindowDays must be 0 or more, got " + rules.enterpriseWindowDays());
    }
    if (rules.model() == AttributionModel.TIME_DECAY
        && (!(rules.halfLifeDays() > 0) || Double.isInfinite(rules.halfLifeDays()))) {
      problems.add(
          "rules.halfLifeDays must be a positive number of days, got " + rules.halfLifeDays());
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid attribution rules (fix the rules section of plans.yaml): "
              + String.join("; ", problems));
    }
  }
}

package dev.refsync.core.commission;

import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Credit;
import dev.refsync.core.model.Deal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conversions of every (referral, account) and, per referrer, the order in which its referrals
 * converted (for TIERED rewards, DESIGN 5). Built from the attribution engine's output; attribution
 * is never recomputed here.
 */
final class ConversionIndex {
  /** Earliest close first, then smallest deal id: "first attributed deal" (DESIGN 5). */
  private static final Comparator<Deal> FIRST_DEAL =
      Comparator.comparing(Deal::closedAt).thenComparing(Deal::id);

  private final Collection<Conversion> conversions;
  private final Map<String, Integer> positionByReferral;
  private final Map<String, Deal> firstAttributedDealByAccount;

  private ConversionIndex(
      Collection<Conversion> conversions,
      Map<String, Integer> positionByReferral,
      Map<String, Deal> firstAttributedDealByAccount) {
    this.conversions = conversions;
    this.positionByReferral = positionByReferral;
    this.firstAttributedDealByAccount = firstAttributedDealByAccount;
  }

  /**
   * Indexes the attributions. An attribution whose deal is unknown, not closed-won or closed after
   * {@code asOf} is ignored: such deals earn nothing yet (DESIGN 5, records after the evaluation
   * time are ignored).
   */
  static ConversionIndex of(List<Deal> deals, List<Attribution> attributions, Instant asOf) {
    Map<String, Deal> dealsById = new HashMap<>(deals.size() * 2);
    for (Deal deal : deals) {
      dealsById.put(deal.id(), deal);
    }
    Map<String, Conversion> byReferralAndAccount = new HashMap<>();
    Map<String, Deal> firstAttributedDealByAccount = new HashMap<>();
    for (Attribution attribution : attributions) {
      Deal deal = dealsById.get(attribution.dealId());
      if (deal == null || !deal.isClosedWon() || deal.closedAt().isAfter(asOf)) {
        continue;
      }
      firstAttributedDealByAccount.merge(
          deal.accountId(), deal, (kept, next) -> FIRST_DEAL.compare(next, kept) < 0 ? next : kept);
      for (Credit credit : attribution.credits()) {
        Conversion candidate =
            new Conversion(
                credit.referralId(), credit.referrerId(), deal.accountId(), deal, credit.share());
        byReferralAndAccount.merge(
            credit.referralId() + '\u0000' + deal.accountId(),
            candidate,
            (kept, next) ->
                FIRST_DEAL.compare(next.firstDeal(), kept.firstDeal()) < 0 ? next : kept);
      }
    }
    Collection<Conversion> conversions = byReferralAndAccount.values();
    return new ConversionIndex(conversions, positions(conversions), firstAttributedDealByAccount);
  }

  /**
   * n (from 1) of each referral among its referrer's converted referrals, by the referral's
   * conversion time (its earliest first-attributed-deal close, across accounts), ties by referral
   * id.
   */
  private static Map<String, Integer> positions(Collection<Conversion> conversions) {
    Map<String, Conversion> earliestByReferral = new HashMap<>();
    for (Conversion conversion : conversions) {
      earliestByReferral.merge(
          conversion.referralId(),
          conversion,
          (kept, next) -> FIRST_DEAL.compare(next.firstDeal(), kept.firstDeal()) < 0 ? next : kept);
    }
    Map<String, List<Conversion>> byReferrer = new HashMap<>();
    for (Conversion conversion : earliestByReferral.values()) {
      byReferrer.computeIfAbsent(conversion.referrerId(), k -> new ArrayList<>()).add(conversion);
    }
    Comparator<Conversion> order =
        Comparator.comparing((Conversion c) -> c.firstDeal().closedAt())
            .thenComparing(Conversion::referralId);
    Map<String, Integer> positions = new HashMap<>(earliestByReferral.size() * 2);
    for (List<Conversion> ofReferrer : byReferrer.values()) {
      ofReferrer.sort(order);
      for (int i = 0; i < ofReferrer.size(); i++) {
        positions.put(ofReferrer.get(i).referralId(), i + 1);
      }
    }
    return positions;
  }

  Collection<Conversion> all() {
    return conversions;
  }

  /**
   * True when the conversion's first deal is its account's first attributed closed-won deal: only
   * those credits share the account's payments (DESIGN 5, RECURRING_PERCENT: "the shares are those
   * of the account's first attributed CLOSED_WON deal"), so a payment is never paid out twice.
   */
  boolean onAccountsFirstAttributedDeal(Conversion conversion) {
    return conversion
        .firstDeal()
        .id()
        .equals(firstAttributedDealByAccount.get(conversion.accountId()).id());
  }

  /** The referral's conversion number among its referrer's conversions, from 1. */
  int position(String referralId) {
    return positionByReferral.get(referralId);
  }
}

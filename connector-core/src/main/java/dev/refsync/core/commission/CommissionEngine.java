package dev.refsync.core.commission;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.PlansConfig;
import dev.refsync.core.plans.Reward;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the commission ledger of DESIGN 5 from the attributions and the canonical records, as a
 * pure function of its inputs and {@code asOf}: the same inputs, in any order, give the same
 * entries with the same ids.
 *
 * <p>Pipeline: index the activity (payments, churns, refunds cut at {@code asOf}) and the
 * conversions; for each conversion under its referrer's plan, resolve the trigger and compute the
 * accruals of the plan's reward; apply caps; add the reversals of each accrual; sort by (earnedAt,
 * id). Deals deleted or leaving CLOSED_WON are reversed by the store's reconciler, not here.
 */
public final class CommissionEngine {
  private static final Logger LOG = LoggerFactory.getLogger(CommissionEngine.class);

  private final PlansConfig plans;

  public CommissionEngine(PlansConfig plans) {
    this.plans = Objects.requireNonNull(plans, "plans");
  }

  /**
   * @param data every canonical record; those dated after {@code asOf} are ignored
   * @param attributions one per attributed closed-won deal, from the attribution engine
   * @param asOf the evaluation time
   * @return the ledger entries, sorted by (earnedAt, id)
   */
  public List<CommissionEntry> compute(
      CanonicalDataset data, List<Attribution> attributions, Instant asOf) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(attributions, "attributions");
    Objects.requireNonNull(asOf, "asOf");
    ActivityIndex activity = ActivityIndex.of(data, asOf);
    ConversionIndex conversions = ConversionIndex.of(data.deals(), attributions, asOf);

    List<Accrual> accruals = new ArrayList<>();
    Map<String, Optional<Plan>> planByReferrer = plansByReferrer(data.referrers());
    for (Conversion conversion : conversions.all()) {
      Optional<Plan> plan = planByReferrer.getOrDefault(conversion.referrerId(), Optional.empty());
      if (plan.isPresent()) {
        accruals.addAll(accrue(plan.get(), conversion, conversions, activity, asOf));
      }
    }

    List<Accrual> capped = CapApplier.apply(accruals);
    List<CommissionEntry> entries = new ArrayList<>(capped.size() + capped.size() / 8);
    for (Accrual accrual : capped) {
      entries.add(LedgerEntries.accrual(accrual, asOf));
      for (ReversalBuilder.Reversal reversal : ReversalBuilder.reversalsOf(accrual, activity)) {
        entries.add(LedgerEntries.clawback(reversal));
      }
    }
    return LedgerOrder.sorted(entries);
  }

  private Map<String, Optional<Plan>> plansByReferrer(List<Referrer> referrers) {
    Map<String, Optional<Plan>> byReferrer = new HashMap<>(referrers.size() * 2);
    for (Referrer referrer : referrers) {
      byReferrer.put(referrer.id(), plans.planFor(referrer));
    }
    return byReferrer;
  }

  private static List<Accrual> accrue(
      Plan plan,
      Conversion conversion,
      ConversionIndex conversions,
      ActivityIndex activity,
      Instant asOf) {
    if (conversion.firstDeal().currency() == null) {
      // Every reward is in the deal's currency (or the payment's, falling back to the deal's);
      // without it nothing can be computed. One bad CRM record must not stop the whole ledger.
      LOG.warn(
          "Deal {} is closed-won and credited to referral {} but has no currency: no commission is"
              + " computed for it until the deal's currency is set in its source system",
          conversion.firstDeal().id(),
          conversion.referralId());
      return List.of();
    }
    if (paysOnPayments(plan.reward()) && !conversions.onAccountsFirstAttributedDeal(conversion)) {
      // Payments belong to the account, not to a deal: they are shared by the credits of the
      // account's first attributed deal only (DESIGN 5). A referral credited only on a later deal
      // of the same account has no share of them.
      return List.of();
    }
    AccountTimeline timeline = activity.timeline(conversion.accountId());
    return TriggerResolver.resolve(plan.trigger(), conversion.firstDeal(), timeline)
        .map(
            trigger ->
                RewardCalculators.accrue(
                    plan.reward(),
                    conversions.position(conversion.referralId()),
                    new AccrualContext(plan, conversion, trigger, timeline, asOf)))
        .orElse(List.of());
  }

  private static boolean paysOnPayments(Reward reward) {
    return reward instanceof Reward.RecurringPercent
        || (reward instanceof Reward.Tiered tiered && tiered.basis() == Reward.Basis.PAYMENTS);
  }
}

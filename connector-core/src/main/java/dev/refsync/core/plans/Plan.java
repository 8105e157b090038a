package dev.refsync.core.plans;

import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One commission plan of {@code plans.yaml} (DESIGN 5 and 6).
 *
 * @param id stable id; part of every ledger entry id, so never rename a plan that has paid
 * @param referrerTypes the referrer types this plan applies to
 * @param tiers optional filter on {@link Referrer#tier()}, compared ignoring case and surrounding
 *     blanks (a tier is free text typed into a CRM); empty means any tier
 * @param reward what it pays
 * @param trigger when an accrual is earned
 * @param holdDays days between earning and payability; 0 for none
 * @param clawbackDays churn within this many days after earning reverses one-time rewards; null for
 *     never
 */
public record Plan(
    String id,
    Set<ReferrerType> referrerTypes,
    Set<String> tiers,
    Reward reward,
    Trigger trigger,
    int holdDays,
    Integer clawbackDays) {
  public Plan {
    Objects.requireNonNull(id, "id");
    referrerTypes = Set.copyOf(referrerTypes);
    tiers =
        tiers == null
            ? Set.of()
            : tiers.stream().map(Plan::normalizeTier).collect(Collectors.toUnmodifiableSet());
    Objects.requireNonNull(reward, "reward");
    Objects.requireNonNull(trigger, "trigger");
  }

  /** True when this plan's filters accept the referrer (type, then optional tier). */
  public boolean matches(Referrer referrer) {
    return referrerTypes.contains(referrer.type())
        && (tiers.isEmpty()
            || (referrer.tier() != null && tiers.contains(normalizeTier(referrer.tier()))));
  }

  private static String normalizeTier(String tier) {
    return tier.strip().toUpperCase(Locale.ROOT);
  }
}

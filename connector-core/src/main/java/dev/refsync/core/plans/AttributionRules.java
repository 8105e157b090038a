package dev.refsync.core.plans;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code rules} section of {@code plans.yaml} (DESIGN 4 and 6).
 *
 * @param model conflict model; default {@code LAST_REFERRAL}
 * @param windowDays attribution window after a referral; default 90
 * @param enterpriseWindowDays window for deals whose ACV reaches {@code enterpriseAcvThreshold};
 *     default 180
 * @param enterpriseAcvThreshold ACV from which a deal is enterprise; null means never
 * @param halfLifeDays {@code TIME_DECAY} half-life in days; default 30
 * @param excludeExistingCustomers reject referrals of accounts that had already won a deal; default
 *     true
 * @param selfReferralAllowDomains referrer domains exempt from the self-referral rule
 */
public record AttributionRules(
    AttributionModel model,
    int windowDays,
    int enterpriseWindowDays,
    BigDecimal enterpriseAcvThreshold,
    double halfLifeDays,
    boolean excludeExistingCustomers,
    Set<String> selfReferralAllowDomains) {
  public static final int DEFAULT_WINDOW_DAYS = 90;
  public static final int DEFAULT_ENTERPRISE_WINDOW_DAYS = 180;
  public static final double DEFAULT_HALF_LIFE_DAYS = 30;

  public AttributionRules {
    Objects.requireNonNull(model, "model");
    selfReferralAllowDomains =
        selfReferralAllowDomains == null ? Set.of() : Set.copyOf(selfReferralAllowDomains);
  }

  /** The rules as DESIGN 4 defines them when {@code plans.yaml} says nothing. */
  public static AttributionRules defaults() {
    return new AttributionRules(
        AttributionModel.LAST_REFERRAL,
        DEFAULT_WINDOW_DAYS,
        DEFAULT_ENTERPRISE_WINDOW_DAYS,
        null,
        DEFAULT_HALF_LIFE_DAYS,
        true,
        Set.of());
  }
}

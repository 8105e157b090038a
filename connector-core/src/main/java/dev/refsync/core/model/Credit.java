package dev.refsync.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One referral credited on a deal, with its share of the credit.
 *
 * @param referralId the credited referral
 * @param referrerId its referrer, denormalized for readers
 * @param share in (0, 1], six decimal places; the shares of one attribution sum to exactly 1
 */
public record Credit(String referralId, String referrerId, BigDecimal share) {
  public Credit {
    Objects.requireNonNull(referralId, "referralId");
    Objects.requireNonNull(referrerId, "referrerId");
    Objects.requireNonNull(share, "share");
  }
}

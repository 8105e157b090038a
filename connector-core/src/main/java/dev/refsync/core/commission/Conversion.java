package dev.refsync.core.commission;

import dev.refsync.core.model.Deal;
import java.math.BigDecimal;

/**
 * A referral converted at an account: credited on a closed-won deal of it. {@code firstDeal} is the
 * earliest-closed such deal (then smallest id); its share applies to every entry of this (referral,
 * account) (DESIGN 5).
 */
record Conversion(
    String referralId, String referrerId, String accountId, Deal firstDeal, BigDecimal share) {}

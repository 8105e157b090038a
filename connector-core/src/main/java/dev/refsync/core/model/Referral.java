package dev.refsync.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One referral of a company by a referrer (DESIGN 3). Any of {@code contactEmail}, {@code
 * companyDomain} and {@code accountId} may be null; attribution matches on whichever are present.
 *
 * @param id canonical id
 * @param referrerId the {@link Referrer} who made it
 * @param contactEmail the person referred; may be null
 * @param companyDomain the company referred, as a domain; may be null
 * @param companyName the company referred, for display; may be null
 * @param accountId set when the source already linked the referral to an account; may be null
 * @param channel how it arrived
 * @param submittedAt when it was made; the attribution window starts here
 * @param source where the referral was read from; may be null for synthetic records
 */
public record Referral(
    String id,
    String referrerId,
    String contactEmail,
    String companyDomain,
    String companyName,
    String accountId,
    Channel channel,
    Instant submittedAt,
    ExternalRef source) {
  public Referral {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(referrerId, "referrerId");
    Objects.requireNonNull(submittedAt, "submittedAt");
    if (channel == null) {
      channel = Channel.OTHER;
    }
  }
}

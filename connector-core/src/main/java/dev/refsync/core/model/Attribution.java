package dev.refsync.core.model;

import dev.refsync.core.plans.AttributionModel;
import java.util.List;
import java.util.Objects;

/**
 * Which referrals earn the credit for one closed-won deal (DESIGN 4).
 *
 * @param dealId the deal
 * @param accountId the deal's account
 * @param model the conflict model that decided among the candidates
 * @param credits the credited referrals; their shares sum to exactly 1
 * @param trail the rules that decided it, in order, as sentences a rep can read
 */
public record Attribution(
    String dealId,
    String accountId,
    AttributionModel model,
    List<Credit> credits,
    List<String> trail) {
  public Attribution {
    Objects.requireNonNull(dealId, "dealId");
    Objects.requireNonNull(model, "model");
    credits = List.copyOf(credits);
    trail = trail == null ? List.of() : List.copyOf(trail);
  }
}

package dev.refsync.core.attribution;

import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Rejection;
import java.util.List;

/**
 * What attribution decided for every closed-won deal: the credits, and every candidate rejected
 * with its reason. Both lists are in a deterministic order (deal id, then referral id).
 */
public record AttributionResult(List<Attribution> attributions, List<Rejection> rejections) {
  public AttributionResult {
    attributions = List.copyOf(attributions);
    rejections = List.copyOf(rejections);
  }
}

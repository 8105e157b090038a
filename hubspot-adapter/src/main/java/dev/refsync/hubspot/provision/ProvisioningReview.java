package dev.refsync.hubspot.provision;

import java.util.List;

/**
 * One read of the portal: what is missing (and would be created) and what exists but does not fit
 * (and is left as it is).
 */
public record ProvisioningReview(
    List<ProvisioningAction> actions, List<ProvisioningWarning> warnings) {
  public ProvisioningReview {
    actions = List.copyOf(actions);
    warnings = List.copyOf(warnings);
  }
}

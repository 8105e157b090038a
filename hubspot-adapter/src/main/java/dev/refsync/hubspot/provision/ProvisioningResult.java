package dev.refsync.hubspot.provision;

/**
 * What became of one action.
 *
 * @param error null when created; otherwise HubSpot's reason (the token is never in it)
 */
public record ProvisioningResult(ProvisioningAction action, String error) {
  public boolean created() {
    return error == null;
  }
}

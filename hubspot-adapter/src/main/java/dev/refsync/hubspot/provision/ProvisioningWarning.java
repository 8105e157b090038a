package dev.refsync.hubspot.provision;

/**
 * Something that exists but does not fit what the write-back sends. Provisioning never changes it
 * (DESIGN 8); the warning tells the admin what to fix by hand or in the mapping.
 *
 * @param objectType the object type the property belongs to ({@code deals}, {@code 2-NNN})
 * @param property the property name
 * @param message what differs and what to do
 */
public record ProvisioningWarning(String objectType, String property, String message) {
  /** One line for {@code refsync provision --dry-run}. */
  public String description() {
    return property + " on " + objectType + ": " + message;
  }
}

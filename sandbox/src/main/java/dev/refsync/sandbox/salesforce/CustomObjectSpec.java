package dev.refsync.sandbox.salesforce;

/**
 * A Metadata API {@code CustomObject} as Refsync provisions it.
 *
 * @param fullName API name ending in {@code __c}, e.g. {@code Referral_Commission__c}
 * @param nameFieldType {@code Text} or {@code AutoNumber}
 * @param deploymentStatus {@code Deployed} or {@code InDevelopment}
 * @param sharingModel e.g. {@code ReadWrite}, {@code ControlledByParent}
 */
public record CustomObjectSpec(
    String fullName,
    String label,
    String pluralLabel,
    String nameFieldLabel,
    String nameFieldType,
    String deploymentStatus,
    String sharingModel) {

  /** A deployed, read/write object with a Text name field. */
  public static CustomObjectSpec of(String fullName, String label, String pluralLabel) {
    return new CustomObjectSpec(
        fullName, label, pluralLabel, label + " Name", "Text", "Deployed", "ReadWrite");
  }
}

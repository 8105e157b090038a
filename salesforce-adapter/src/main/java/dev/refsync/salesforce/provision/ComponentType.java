package dev.refsync.salesforce.provision;

/** The Metadata API types Refsync provisions. */
public enum ComponentType {
  CustomObject,
  CustomField
}

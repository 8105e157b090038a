package dev.refsync.sandbox.hubspot;

/** Endpoint names for request counts and per-endpoint fault targeting. */
public final class HubSpotEndpoints {
  public static final String OBJECT_GET = "objects.get";
  public static final String OBJECT_LIST = "objects.list";
  public static final String OBJECT_CREATE = "objects.create";
  public static final String OBJECT_UPDATE = "objects.update";
  public static final String OBJECT_ARCHIVE = "objects.archive";
  public static final String BATCH_READ = "objects.batch.read";
  public static final String BATCH_CREATE = "objects.batch.create";
  public static final String BATCH_UPDATE = "objects.batch.update";
  public static final String BATCH_UPSERT = "objects.batch.upsert";
  public static final String BATCH_ARCHIVE = "objects.batch.archive";
  public static final String SEARCH = "objects.search";
  public static final String PROPERTIES_LIST = "properties.list";
  public static final String PROPERTIES_GET = "properties.get";
  public static final String PROPERTIES_CREATE = "properties.create";
  public static final String GROUPS_LIST = "properties.groups.list";
  public static final String GROUPS_CREATE = "properties.groups.create";
  public static final String SCHEMAS_LIST = "schemas.list";
  public static final String SCHEMAS_GET = "schemas.get";
  public static final String SCHEMAS_CREATE = "schemas.create";
  public static final String ASSOCIATIONS_BATCH_CREATE = "associations.batch.create";
  public static final String ASSOCIATIONS_BATCH_READ = "associations.batch.read";
  public static final String ASSOCIATIONS_BATCH_ARCHIVE = "associations.batch.archive";
  public static final String ASSOCIATION_LABELS_LIST = "associations.labels.list";
  public static final String ASSOCIATION_LABELS_CREATE = "associations.labels.create";

  private HubSpotEndpoints() {}
}

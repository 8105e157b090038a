package dev.refsync.sandbox.salesforce;

/** Endpoint names for request counts and fault targeting ({@code faults().failNext(1, 503, …)}). */
public final class SalesforceEndpoints {

  public static final String OAUTH_TOKEN = "oauth.token";
  public static final String VERSIONS = "versions";
  public static final String LIMITS = "limits";
  public static final String GLOBAL_DESCRIBE = "sobjects.describeGlobal";
  public static final String DESCRIBE = "sobjects.describe";
  public static final String CREATE = "sobjects.create";
  public static final String RETRIEVE = "sobjects.retrieve";
  public static final String UPDATE = "sobjects.update";
  public static final String DELETE = "sobjects.delete";
  public static final String GET_DELETED = "sobjects.getDeleted";
  public static final String QUERY = "query";
  public static final String QUERY_ALL = "queryAll";
  public static final String QUERY_MORE = "query.more";
  public static final String COLLECTIONS_CREATE = "composite.sobjects.create";
  public static final String COLLECTIONS_UPDATE = "composite.sobjects.update";
  public static final String COLLECTIONS_UPSERT = "composite.sobjects.upsert";
  public static final String METADATA = "metadata.soap";
  public static final String BULK_QUERY_CREATE = "jobs.query.create";
  public static final String BULK_QUERY_STATUS = "jobs.query.status";
  public static final String BULK_QUERY_RESULTS = "jobs.query.results";
  public static final String RECORD_COUNT = "limits.recordCount";

  private SalesforceEndpoints() {}
}

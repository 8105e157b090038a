package dev.refsync.hubspot.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.refsync.core.config.InvalidConfigException;
import dev.refsync.hubspot.HubSpotConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A small typed HubSpot client (CRM v3 objects, properties, schemas; v4 associations), one method
 * per operation the adapter needs. Every call is rate limited and retried by {@link
 * HubSpotResilience}; every failure is a core {@code ConnectorApiException} from {@link
 * HubSpotErrorMapper}. Thread-safe.
 */
public final class HubSpotClient {
  /** VENDOR-FACTS: batch read/create/update/upsert/archive take 100 inputs per request. */
  public static final int BATCH_MAX = 100;

  /** VENDOR-FACTS: associations v4 batch create takes 2,000 inputs, batch read 1,000. */
  public static final int ASSOCIATION_CREATE_MAX = 2_000;

  public static final int ASSOCIATION_READ_MAX = 1_000;

  private final HubSpotHttp http;
  private final HubSpotReaders read;
  private final HubSpotResilience resilience;

  private HubSpotClient(HubSpotHttp http, HubSpotReaders read, HubSpotResilience resilience) {
    this.http = http;
    this.read = read;
    this.resilience = resilience;
  }

  /** A production client: waits block the calling thread. */
  public static HubSpotClient create(HubSpotConfig config, Clock clock) {
    return create(config, clock, Pause.blocking(), new SplittableRandom());
  }

  /**
   * @param pause how to wait between attempts and for permits (tests advance a clock)
   * @param random the backoff jitter source
   * @throws InvalidConfigException listing every problem of an invalid config
   */
  public static HubSpotClient create(
      HubSpotConfig config, Clock clock, Pause pause, RandomGenerator random) {
    InvalidConfigException.throwIfAny(config.validate());
    ObjectMapper json =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    String token = config.privateAppToken().reveal();
    HubSpotErrorClassifier classifier = new HubSpotErrorClassifier();
    HubSpotResilience resilience = new HubSpotResilience(config, classifier, clock, pause, random);
    OkHttpClient ok =
        new OkHttpClient.Builder()
            .connectTimeout(config.connectTimeout())
            .readTimeout(config.readTimeout())
            // The Retry decides about every failed attempt; OkHttp's silent GET retry would hide
            // resets from it and from the request counters.
            .retryOnConnectionFailure(false)
            .build();
    HubSpotErrorMapper errors = new HubSpotErrorMapper(json, clock, config.portalTimeZone(), token);
    HttpUrl base = HttpUrl.get(config.baseUrl().toString());
    return new HubSpotClient(
        new HubSpotHttp(ok, json, base, token, errors, resilience),
        new HubSpotReaders(json),
        resilience);
  }

  /** {@code POST /crm/v3/objects/{type}/search}; own limiter (5/s), 10,000-result cap. */
  public SearchPage searchObjects(String objectType, SearchRequest request) {
    HttpUrl url = objects(objectType).addPathSegment("search").build();
    return http.search("objects.search", url, request, read::searchPage);
  }

  /** {@code GET /crm/v3/objects/{type}/{id}}; {@code idProperty} null means the record id. */
  public HubSpotObject getObject(
      String objectType, String id, List<String> properties, String idProperty) {
    HttpUrl.Builder url = objects(objectType).addPathSegment(id);
    if (!properties.isEmpty()) {
      url.addQueryParameter("properties", String.join(",", properties));
    }
    if (idProperty != null) {
      url.addQueryParameter("idProperty", idProperty);
    }
    return http.get("objects.get", url.build(), read::object);
  }

  /** {@code GET /crm/v3/objects/{type}}; {@code after} null for the first page, limit ≤ 100. */
  public ObjectPage listObjects(
      String objectType, String after, int limit, List<String> properties, boolean archived) {
    HttpUrl.Builder url =
        objects(objectType)
            .addQueryParameter("limit", Integer.toString(limit))
            .addQueryParameter("archived", Boolean.toString(archived));
    if (after != null) {
      url.addQueryParameter("after", after);
    }
    if (!properties.isEmpty()) {
      url.addQueryParameter("properties", String.join(",", properties));
    }
    return http.get("objects.list", url.build(), read::objectPage);
  }

  /** {@code POST …/batch/read}; ids not found come back as errors (207). */
  public BatchResult<HubSpotObject> batchRead(
      String objectType, List<String> ids, List<String> properties, String idProperty) {
    requireSize("batchRead", ids.size(), BATCH_MAX);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("inputs", ids.stream().map(id -> Map.of("id", id)).toList());
    body.put("properties", properties);
    if (idProperty != null) {
      body.put("idProperty", idProperty);
    }
    HttpUrl url = objects(objectType).addPathSegments("batch/read").build();
    return http.post("objects.batch.read", url, body, n -> read.batch(n, read::object));
  }

  /**
   * {@code POST …/batch/upsert} keyed on a unique {@code idProperty} (DESIGN 8: always upsert by
   * the external id). HTTP 200/201 without errors, 207 with per-input errors.
   */
  public BatchResult<UpsertResult> batchUpsert(
      String objectType, String idProperty, List<UpsertInput> inputs) {
    requireSize("batchUpsert", inputs.size(), BATCH_MAX);
    List<Map<String, Object>> body = new ArrayList<>();
    for (UpsertInput input : inputs) {
      // objectWriteTraceId ties a per-input error of a 207 answer back to its input (HubSpot
      // "Batch upsert": errors carry it in context).
      body.add(
          Map.of(
              "idProperty", idProperty,
              "id", input.id(),
              "objectWriteTraceId", input.id(),
              "properties", input.properties()));
    }
    HttpUrl url = objects(objectType).addPathSegments("batch/upsert").build();
    return http.post(
        "objects.batch.upsert", url, Map.of("inputs", body), n -> read.batch(n, read::upserted));
  }

  /**
   * {@code POST …/batch/update} by record id ({@code UpsertInput.id} is the HubSpot id); ids that
   * do not exist come back as errors (207) and the others are written.
   */
  public BatchResult<HubSpotObject> batchUpdate(String objectType, List<UpsertInput> inputs) {
    requireSize("batchUpdate", inputs.size(), BATCH_MAX);
    List<Map<String, Object>> body = new ArrayList<>();
    for (UpsertInput input : inputs) {
      body.add(
          Map.of(
              "id", input.id(),
              "objectWriteTraceId", input.id(),
              "properties", input.properties()));
    }
    HttpUrl url = objects(objectType).addPathSegments("batch/update").build();
    return http.post(
        "objects.batch.update", url, Map.of("inputs", body), n -> read.batch(n, read::object));
  }

  /** {@code POST …/batch/archive}; HubSpot answers 204 with no body. */
  public void batchArchive(String objectType, List<String> ids) {
    requireSize("batchArchive", ids.size(), BATCH_MAX);
    HttpUrl url = objects(objectType).addPathSegments("batch/archive").build();
    http.post(
        "objects.batch.archive",
        url,
        Map.of("inputs", ids.stream().map(id -> Map.of("id", id)).toList()),
        n -> Boolean.TRUE);
  }

  /** {@code GET /crm/v3/properties/{type}}. */
  public List<PropertyDefinition> listProperties(String objectType) {
    HttpUrl url = properties(objectType).build();
    return http.get("properties.list", url, n -> read.results(n, PropertyDefinition.class));
  }

  /** {@code POST /crm/v3/properties/{type}}. */
  public PropertyDefinition createProperty(String objectType, PropertyDefinition property) {
    HttpUrl url = properties(objectType).build();
    return http.post(
        "properties.create", url, property, n -> read.value(n, PropertyDefinition.class));
  }

  /** {@code GET /crm/v3/properties/{type}/groups}. */
  public List<PropertyGroup> listPropertyGroups(String objectType) {
    HttpUrl url = properties(objectType).addPathSegment("groups").build();
    return http.get("properties.groups.list", url, n -> read.results(n, PropertyGroup.class));
  }

  /** {@code POST /crm/v3/properties/{type}/groups}. */
  public PropertyGroup createPropertyGroup(String objectType, PropertyGroup group) {
    HttpUrl url = properties(objectType).addPathSegment("groups").build();
    return http.post(
        "properties.groups.create", url, group, n -> read.value(n, PropertyGroup.class));
  }

  /** {@code GET /crm/v3/schemas}: the account's custom objects. */
  public List<ObjectSchema> listSchemas() {
    HttpUrl url = http.url("crm/v3/schemas").build();
    return http.get("schemas.list", url, n -> read.results(n, ObjectSchema.class));
  }

  /** {@code POST /crm/v3/schemas}: creates a custom object type. */
  public ObjectSchema createSchema(SchemaRequest schema) {
    HttpUrl url = http.url("crm/v3/schemas").build();
    return http.post("schemas.create", url, schema, n -> read.value(n, ObjectSchema.class));
  }

  /** {@code POST /crm/v4/associations/{from}/{to}/batch/create}. */
  public BatchResult<CreatedAssociation> batchCreateAssociations(
      String fromObjectType, String toObjectType, List<AssociationInput> inputs) {
    requireSize("batchCreateAssociations", inputs.size(), ASSOCIATION_CREATE_MAX);
    List<Map<String, Object>> body = new ArrayList<>();
    for (AssociationInput input : inputs) {
      body.add(
          Map.of(
              "from", Map.of("id", input.fromId()),
              "to", Map.of("id", input.toId()),
              "types",
                  input.types().stream()
                      .map(
                          t ->
                              Map.of(
                                  "associationCategory", t.category(),
                                  "associationTypeId", t.typeId()))
                      .toList()));
    }
    HttpUrl url =
        associations(fromObjectType, toObjectType).addPathSegments("batch/create").build();
    return http.post(
        "associations.batch.create",
        url,
        Map.of("inputs", body),
        n -> read.batch(n, read::createdAssociation));
  }

  /**
   * {@code POST /crm/v4/associations/{from}/{to}/batch/read}: per id, the associated objects with
   * every type and label. A record with no associations is reported in {@code errors}.
   */
  public BatchResult<Associations> batchReadAssociations(
      String fromObjectType, String toObjectType, List<String> ids) {
    requireSize("batchReadAssociations", ids.size(), ASSOCIATION_READ_MAX);
    HttpUrl url = associations(fromObjectType, toObjectType).addPathSegments("batch/read").build();
    return http.post(
        "associations.batch.read",
        url,
        Map.of("inputs", ids.stream().map(id -> Map.of("id", id)).toList()),
        n -> read.batch(n, read::associations));
  }

  /**
   * {@code GET /crm/v4/associations/{from}/{to}/labels}: the association types between two object
   * types; the one with no label is the plain association.
   */
  public List<AssociationType> listAssociationTypes(String fromObjectType, String toObjectType) {
    HttpUrl url = associations(fromObjectType, toObjectType).addPathSegment("labels").build();
    return http.get("associations.labels.list", url, read::associationTypes);
  }

  /** Counters since this client was created. */
  public HubSpotClientMetrics metrics() {
    return resilience.metrics();
  }

  /**
   * Attempts sent per operation ({@code objects.search}, {@code objects.batch.upsert}, …), retries
   * included, for Micrometer.
   */
  public Map<String, Long> requestsByOperation() {
    return http.attemptsByOperation();
  }

  /** Releases HTTP connections and threads; the client is unusable afterwards. */
  public void close() {
    http.close();
  }

  /** The retry and limiters, so the daemon can bind their events and tests can read limits. */
  public HubSpotResilience resilience() {
    return resilience;
  }

  private HttpUrl.Builder objects(String objectType) {
    return http.url("crm/v3/objects").addPathSegment(objectType);
  }

  private HttpUrl.Builder properties(String objectType) {
    return http.url("crm/v3/properties").addPathSegment(objectType);
  }

  private HttpUrl.Builder associations(String from, String to) {
    return http.url("crm/v4/associations").addPathSegment(from).addPathSegment(to);
  }

  private static void requireSize(String operation, int size, int max) {
    if (size == 0 || size > max) {
      throw new IllegalArgumentException(
          operation
              + " takes 1 to "
              + max
              + " inputs per request (HubSpot's limit), got "
              + size
              + ": split the batch");
    }
  }
}

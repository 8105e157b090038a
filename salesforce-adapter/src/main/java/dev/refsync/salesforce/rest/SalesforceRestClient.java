package dev.refsync.salesforce.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.salesforce.auth.JwtBearerAuthenticator;
import dev.refsync.salesforce.auth.SalesforceSession;
import dev.refsync.salesforce.config.SalesforceConfig;
import dev.refsync.salesforce.error.SalesforceError;
import dev.refsync.salesforce.error.SalesforceErrorMapper;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * A small typed Salesforce REST client on the JDK {@link HttpClient} and Jackson.
 *
 * <p>Why not camel-salesforce 4.18.1, which the issue prefers (judged from the component's Camel 4
 * source, see the adapter README): its JWT flow ({@code SalesforceSession.generateJwtAssertion})
 * loads the key only from a {@code KeyStoreParameters} keystore resource with a password, not a PEM
 * key from a file or an environment variable, and takes {@code exp} from {@code Clock.systemUTC()},
 * so the injected clock of DESIGN 11 cannot drive it. Re-authentication lives in Jetty's {@code
 * SalesforceSecurityHandler}, which re-logs in and also re-sends after transport failures from one
 * shared retry budget, outside Resilience4j and outside this adapter's one classifier, so "re-mint
 * exactly once, then AuthenticationException" cannot be enforced. And it needs a running
 * CamelContext and Jetty's client, while {@code refsync provision} and the CLI use this client
 * without Camel.
 *
 * <p>Every response's {@code Sforce-Limit-Info} is kept as the latest {@link ApiUsage}; every
 * failure goes through {@link SalesforceErrorMapper}; retryable ones are retried by {@link
 * SalesforceRetry}; a 401 {@code INVALID_SESSION_ID} re-mints the token once for that request.
 */
public final class SalesforceRestClient {
  /** sObject Collections take at most 200 records per call (VENDOR-FACTS). */
  public static final int MAX_COLLECTION_SIZE = 200;

  private static final String JSON = "application/json";
  private static final String CSV = "text/csv";

  private final SalesforceConfig config;
  private final JwtBearerAuthenticator auth;
  private final HttpClient http;
  private final ObjectMapper json;
  private final SalesforceErrorMapper errors;
  private final Retry retry;
  private final AtomicReference<ApiUsage> usage = new AtomicReference<>();
  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();

  public SalesforceRestClient(
      SalesforceConfig config,
      JwtBearerAuthenticator auth,
      HttpClient http,
      ObjectMapper json,
      Retry retry) {
    this.config = config.requireValid();
    this.auth = auth;
    this.http = http;
    this.json = json;
    this.errors = new SalesforceErrorMapper(json);
    this.retry = retry;
  }

  /** The first page of a SOQL query of live records. */
  public QueryPage query(String soql) {
    return page("query", config.restPath() + "/query?q=" + encode(soql));
  }

  /** The first page of a SOQL query that includes deleted and archived records. */
  public QueryPage queryAll(String soql) {
    return page("queryAll", config.restPath() + "/queryAll?q=" + encode(soql));
  }

  /** The page a previous page's {@code nextRecordsUrl} points at. */
  public QueryPage queryMore(String nextRecordsUrl) {
    if (nextRecordsUrl == null || !nextRecordsUrl.startsWith("/services/data/")) {
      throw new IllegalArgumentException(
          "nextRecordsUrl must be a /services/data/ path from a query page, was " + nextRecordsUrl);
    }
    return page("queryMore", nextRecordsUrl);
  }

  /**
   * Upserts up to 200 records by external id with {@code allOrNone: false}, so each record succeeds
   * or fails alone (VENDOR-FACTS "sObject Collections").
   *
   * @param records field values by API name; {@code attributes.type} is added
   * @return one result per record, in request order
   */
  public List<SaveResult> upsertCollection(
      String sObject, String externalIdField, List<ObjectNode> records) {
    ObjectNode body = collectionBody(sObject, records);
    String path =
        config.restPath()
            + "/composite/sobjects/"
            + encode(sObject)
            + "/"
            + encode(externalIdField);
    return saveResults(call("upsert " + sObject, "PATCH", path, body.toString(), false));
  }

  /**
   * Updates up to 200 existing records by record id with {@code allOrNone: false} ({@code PATCH
   * /composite/sobjects}, VENDOR-FACTS "sObject Collections"): a record that no longer exists fails
   * alone ({@code ENTITY_IS_DELETED}) instead of being created as an upsert by {@code Id} would
   * try.
   *
   * @param records field values by API name, each with its {@code id}; {@code attributes.type} is
   *     added
   * @return one result per record, in request order
   */
  public List<SaveResult> updateCollection(String sObject, List<ObjectNode> records) {
    ObjectNode body = collectionBody(sObject, records);
    return saveResults(
        call(
            "update " + sObject,
            "PATCH",
            config.restPath() + "/composite/sobjects",
            body.toString(),
            false));
  }

  private ObjectNode collectionBody(String sObject, List<ObjectNode> records) {
    if (records.isEmpty() || records.size() > MAX_COLLECTION_SIZE) {
      throw new IllegalArgumentException(
          "an sObject Collections write takes 1 to "
              + MAX_COLLECTION_SIZE
              + " records, got "
              + records.size());
    }
    ObjectNode body = json.createObjectNode().put("allOrNone", false);
    ArrayNode array = body.putArray("records");
    for (ObjectNode record : records) {
      ObjectNode copy = json.createObjectNode();
      copy.putObject("attributes").put("type", sObject);
      copy.setAll(record);
      array.add(copy);
    }
    return body;
  }

  private static List<SaveResult> saveResults(JsonNode answer) {
    List<SaveResult> results = new ArrayList<>();
    for (JsonNode r : answer) {
      List<SalesforceError> recordErrors = new ArrayList<>();
      r.path("errors").forEach(e -> recordErrors.add(SalesforceErrorMapper.error(e)));
      results.add(
          new SaveResult(
              r.path("id").asText(null),
              r.path("success").asBoolean(false),
              r.path("created").asBoolean(false),
              recordErrors));
    }
    return results;
  }

  /** The object's describe result. */
  public SObjectDescription describe(String sObject) {
    JsonNode d =
        call(
            "describe " + sObject,
            "GET",
            config.restPath() + "/sobjects/" + encode(sObject) + "/describe",
            null,
            false);
    List<FieldDescription> fields = new ArrayList<>();
    for (JsonNode f : d.path("fields")) {
      List<String> referenceTo = new ArrayList<>();
      f.path("referenceTo").forEach(t -> referenceTo.add(t.asText()));
      fields.add(
          new FieldDescription(
              f.path("name").asText(),
              f.path("type").asText(),
              f.path("length").asInt(),
              f.path("precision").asInt(),
              f.path("scale").asInt(),
              f.path("custom").asBoolean(),
              f.path("externalId").asBoolean(),
              f.path("unique").asBoolean(),
              f.path("createable").asBoolean(),
              f.path("updateable").asBoolean(),
              referenceTo));
    }
    return new SObjectDescription(
        d.path("name").asText(), d.path("label").asText(), d.path("custom").asBoolean(), fields);
  }

  /**
   * The records of one type deleted between {@code start} and {@code end} ({@code GET
   * /sobjects/{type}/deleted/?start=&end=}, "sObject Get Deleted" in the REST API guide): it reads
   * the delete log, so it also names records already purged from the recycle bin, which {@code
   * queryAll} no longer returns. Salesforce answers for at most the last 15 days.
   */
  public DeletedRecords getDeleted(String sObject, Instant start, Instant end) {
    JsonNode d =
        call(
            "getDeleted " + sObject,
            "GET",
            config.restPath()
                + "/sobjects/"
                + encode(sObject)
                + "/deleted/?start="
                + encode(SalesforceTimes.formatParameter(start))
                + "&end="
                + encode(SalesforceTimes.formatParameter(end)),
            null,
            false);
    List<DeletedRecords.Deleted> records = new ArrayList<>();
    for (JsonNode r : d.path("deletedRecords")) {
      records.add(
          new DeletedRecords.Deleted(
              r.path("id").asText(), SalesforceTimes.parse(r.path("deletedDate").asText())));
    }
    return new DeletedRecords(
        records,
        SalesforceTimes.parseOrNull(d.path("earliestDateAvailable").asText(null)),
        SalesforceTimes.parseOrNull(d.path("latestDateCovered").asText(null)));
  }

  /**
   * The org's record count of one type ({@code GET /limits/recordCount?sObjects=}, REST API guide
   * "Record Count"); approximate, refreshed by Salesforce periodically, enough to choose between
   * query pages and Bulk; 0 when Salesforce lists no count for it.
   */
  public long recordCount(String sObject) {
    JsonNode d =
        call(
            "recordCount",
            "GET",
            config.restPath() + "/limits/recordCount?sObjects=" + encode(sObject),
            null,
            false);
    for (JsonNode c : d.path("sObjects")) {
      if (c.path("name").asText().equalsIgnoreCase(sObject)) {
        return c.path("count").asLong();
      }
    }
    return 0;
  }

  /**
   * Creates a Bulk API 2.0 query job ({@code POST /jobs/query}, Bulk API 2.0 guide "Create a Query
   * Job"); its SOQL may not use ORDER BY or LIMIT.
   *
   * @param includeDeleted {@code queryAll}: deleted and archived records too
   * @return the job id
   */
  public String createQueryJob(String soql, boolean includeDeleted) {
    ObjectNode body =
        json.createObjectNode()
            .put("operation", includeDeleted ? "queryAll" : "query")
            .put("query", soql);
    return call("bulk create", "POST", config.restPath() + "/jobs/query", body.toString(), false)
        .path("id")
        .asText();
  }

  /** The job's state: {@code UploadComplete}, {@code InProgress}, {@code JobComplete}, … */
  public QueryJobState queryJobState(String jobId) {
    JsonNode d =
        call("bulk status", "GET", config.restPath() + "/jobs/query/" + encode(jobId), null, false);
    return new QueryJobState(
        d.path("id").asText(), d.path("state").asText(), d.path("errorMessage").asText(null));
  }

  /**
   * One chunk of a completed job's results ({@code GET /jobs/query/{id}/results}): CSV with a
   * header row, and the locator of the next chunk.
   *
   * @param locator null for the first chunk
   */
  public QueryJobResults queryJobResults(String jobId, String locator, int maxRecords) {
    String path =
        config.restPath()
            + "/jobs/query/"
            + encode(jobId)
            + "/results?maxRecords="
            + maxRecords
            + (locator == null ? "" : "&locator=" + encode(locator));
    HttpResponse<String> response =
        retry.executeSupplier(() -> authenticated("bulk results", "GET", path, null, false, CSV));
    String next = response.headers().firstValue("Sforce-Locator").orElse("null");
    return new QueryJobResults(
        Csv.parse(response.body()), next.isBlank() || next.equals("null") ? null : next);
  }

  /** HTTP requests sent so far, per operation (e.g. {@code queryAll}, {@code upsert X}). */
  public Map<String, Long> requestCounts() {
    Map<String, Long> out = new TreeMap<>();
    requests.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** The allocation as of the latest response; empty before the first call. */
  public Optional<ApiUsage> apiUsage() {
    return Optional.ofNullable(usage.get());
  }

  private QueryPage page(String operation, String pathAndQuery) {
    JsonNode body = call(operation, "GET", pathAndQuery, null, true);
    List<ObjectNode> records = new ArrayList<>();
    body.path("records").forEach(r -> records.add((ObjectNode) r));
    return new QueryPage(
        body.path("totalSize").asLong(),
        body.path("done").asBoolean(true),
        body.path("nextRecordsUrl").asText(null),
        records);
  }

  private JsonNode call(
      String operation, String method, String pathAndQuery, String body, boolean query) {
    // Parsed inside the retry: a truncated body is a transport failure worth another attempt.
    return retry.executeSupplier(
        () ->
            readJson(operation, authenticated(operation, method, pathAndQuery, body, query, JSON)));
  }

  /** One attempt, re-minting the token once if Salesforce calls the session invalid. */
  private HttpResponse<String> authenticated(
      String operation,
      String method,
      String pathAndQuery,
      String body,
      boolean query,
      String accept) {
    SalesforceSession session = auth.session();
    HttpResponse<String> response =
        send(operation, request(session, method, pathAndQuery, body, query, accept));
    if (isInvalidSession(response)) {
      session = auth.renew(session);
      response = send(operation, request(session, method, pathAndQuery, body, query, accept));
      if (isInvalidSession(response)) {
        ConnectorApiException failure = failure(operation, response);
        throw new AuthenticationException(
            SalesforceErrorMapper.SYSTEM,
            401,
            failure.vendorCode(),
            failure.getMessage()
                + " again with a freshly minted token; check the user's session "
                + "settings and the connected app's policies",
            null);
      }
    }
    if (response.statusCode() >= 400) {
      throw failure(operation, response);
    }
    return response;
  }

  // Salesforce answers 401 only with INVALID_SESSION_ID (expired, revoked or unknown token).
  private boolean isInvalidSession(HttpResponse<String> response) {
    return response.statusCode() == 401;
  }

  private HttpRequest request(
      SalesforceSession session,
      String method,
      String pathAndQuery,
      String body,
      boolean query,
      String accept) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(resolve(session.instanceUrl(), pathAndQuery))
            .timeout(config.requestTimeout())
            .header("Authorization", "Bearer " + session.accessToken().reveal())
            .header("Accept", accept);
    if (query) {
      builder.header("Sforce-Query-Options", "batchSize=" + config.queryBatchSize());
    }
    if (body == null) {
      builder.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      builder
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return builder.build();
  }

  private HttpResponse<String> send(String operation, HttpRequest request) {
    requests.computeIfAbsent(operation, k -> new LongAdder()).increment();
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      response.headers().firstValue(ApiUsage.HEADER).flatMap(ApiUsage::parse).ifPresent(usage::set);
      return response;
    } catch (IOException e) {
      throw errors.mapIo(operation, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorApiException(
          SalesforceErrorMapper.SYSTEM, 0, null, "interrupted during Salesforce " + operation, e);
    }
  }

  private ConnectorApiException failure(String operation, HttpResponse<String> response) {
    Optional<Duration> retryAfter =
        response
            .headers()
            .firstValue("Retry-After")
            .filter(v -> v.chars().allMatch(Character::isDigit))
            .map(v -> Duration.ofSeconds(Long.parseLong(v)));
    return errors.map(operation, response.statusCode(), response.body(), retryAfter);
  }

  private JsonNode readJson(String operation, HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      // A truncated body is a transport failure: the call may be retried.
      throw errors.mapIo(operation, e);
    }
  }

  private static URI resolve(URI instanceUrl, String pathAndQuery) {
    String base = instanceUrl.toString();
    return URI.create(
        (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

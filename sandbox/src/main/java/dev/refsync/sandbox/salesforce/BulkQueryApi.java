package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.Json;
import dev.refsync.sandbox.salesforce.soql.SoqlException;
import dev.refsync.sandbox.salesforce.soql.SoqlParser;
import dev.refsync.sandbox.salesforce.soql.SoqlQuery;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Bulk API 2.0 query jobs, minimal but real (Bulk API 2.0 Developer Guide, "Query Jobs"): {@code
 * POST /jobs/query} with {@code {"operation":"query"|"queryAll","query"}} runs the SOQL at once on
 * a snapshot (the emulator has no queue) and answers the job as {@code UploadComplete}; {@code GET
 * /jobs/query/{id}} then reports {@code JobComplete}; {@code GET /jobs/query/{id}/results
 * ?maxRecords=&locator=} answers CSV (every value quoted, header row, LF line endings, date-times
 * in UTC with {@code Z}) with {@code Sforce-NumberOfRecords} and {@code Sforce-Locator} ({@code
 * null} on the last chunk). As Salesforce, it refuses {@code ORDER BY}, {@code LIMIT} and {@code
 * COUNT()} in a job's query.
 */
final class BulkQueryApi {

  static final int DEFAULT_MAX_RECORDS = 10_000;
  private static final Pattern REST_DATETIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+0000");

  private final SalesforceStore store;
  private final QueryEngine engine;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  private record Job(
      String id, String operation, String object, List<String> columns, List<ObjectNode> rows) {}

  BulkQueryApi(SalesforceStore store) {
    this.store = store;
    this.engine = new QueryEngine(store);
  }

  void register(EmulatorServer.Builder builder) {
    String base = "/services/data/{version}/jobs/query";
    builder.route("POST", base, SalesforceEndpoints.BULK_QUERY_CREATE, this::create);
    builder.route("GET", base + "/{jobId}", SalesforceEndpoints.BULK_QUERY_STATUS, this::status);
    builder.route(
        "GET", base + "/{jobId}/results", SalesforceEndpoints.BULK_QUERY_RESULTS, this::results);
  }

  private EmulatorResponse create(EmulatorRequest request) {
    JsonNode body = request.json();
    String operation = body.path("operation").asText("");
    if (!operation.equals("query") && !operation.equals("queryAll")) {
      throw SalesforceErrors.fail(
          400, "INVALIDJOB", "operation must be query or queryAll, was '" + operation + "'");
    }
    String soql = body.path("query").asText("");
    SoqlQuery parsed;
    List<ObjectNode> rows;
    try {
      parsed = SoqlParser.parse(soql);
      if (!parsed.orderBy().isEmpty() || parsed.limit().isPresent()) {
        throw SalesforceErrors.fail(
            400, "API_ERROR", "Bulk API 2.0 query jobs do not support ORDER BY or LIMIT");
      }
      rows =
          store.read(
              () -> engine.run(parsed, operation.equals("queryAll"), request.pathParam("version")));
    } catch (SoqlException e) {
      return SalesforceErrors.response(400, e.errorCode(), e.getMessage());
    }
    List<String> columns = new ArrayList<>();
    parsed.fields().forEach(f -> columns.add(f.dotted()));
    String id = SalesforceIds.id("750", sequence.incrementAndGet());
    Job job = new Job(id, operation, parsed.object(), columns, rows);
    jobs.put(id, job);
    return EmulatorResponse.json(200, describe(job, "UploadComplete"));
  }

  private EmulatorResponse status(EmulatorRequest request) {
    return EmulatorResponse.json(200, describe(job(request), "JobComplete"));
  }

  private EmulatorResponse results(EmulatorRequest request) {
    Job job = job(request);
    int max =
        request.queryParam("maxRecords").map(BulkQueryApi::positive).orElse(DEFAULT_MAX_RECORDS);
    int from = request.queryParam("locator").map(BulkQueryApi::offset).orElse(0);
    if (from > job.rows().size()) {
      throw SalesforceErrors.fail(400, "INVALIDLOCATOR", "invalid locator");
    }
    int to = Math.min(job.rows().size(), from + max);
    StringBuilder csv = new StringBuilder();
    csv.append(line(job.columns())).append('\n');
    for (ObjectNode row : job.rows().subList(from, to)) {
      List<String> values = new ArrayList<>();
      for (String column : job.columns()) {
        values.add(text(row, column));
      }
      csv.append(line(values)).append('\n');
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "text/csv;charset=utf-8");
    headers.put("Sforce-NumberOfRecords", String.valueOf(to - from));
    headers.put("Sforce-Locator", to < job.rows().size() ? encodeLocator(to) : "null");
    return new EmulatorResponse(200, headers, csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private Job job(EmulatorRequest request) {
    Job job = jobs.get(request.pathParam("jobId"));
    if (job == null) {
      throw SalesforceErrors.notFound();
    }
    return job;
  }

  private static ObjectNode describe(Job job, String state) {
    ObjectNode out = Json.object();
    out.put("id", job.id());
    out.put("operation", job.operation());
    out.put("object", job.object());
    out.put("state", state);
    out.put("concurrencyMode", "Parallel");
    out.put("contentType", "CSV");
    out.put("lineEnding", "LF");
    out.put("columnDelimiter", "COMMA");
    if (state.equals("JobComplete")) {
      out.put("numberRecordsProcessed", job.rows().size());
    }
    return out;
  }

  /** A value as Bulk API 2.0 writes it: empty for null, date-times with {@code Z}. */
  private static String text(ObjectNode row, String dotted) {
    JsonNode node = row;
    for (String segment : dotted.split("\\.")) {
      node = fieldIgnoringCase(node, segment);
      if (node == null || node.isNull()) {
        return "";
      }
    }
    String text = node.asText();
    return REST_DATETIME.matcher(text).matches()
        ? text.substring(0, text.length() - 5) + "Z"
        : text;
  }

  private static JsonNode fieldIgnoringCase(JsonNode node, String name) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String line(List<String> values) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append('"').append(values.get(i).replace("\"", "\"\"")).append('"');
    }
    return out.toString();
  }

  // Salesforce's locators are opaque; the emulator's encode the next row's offset.
  private static String encodeLocator(int offset) {
    return Integer.toString(offset, 36).toUpperCase(java.util.Locale.ROOT);
  }

  private static int offset(String locator) {
    try {
      return Integer.parseInt(locator, 36);
    } catch (NumberFormatException e) {
      throw SalesforceErrors.fail(400, "INVALIDLOCATOR", "invalid locator " + locator);
    }
  }

  private static int positive(String text) {
    try {
      int n = Integer.parseInt(text);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the refusal
    }
    throw SalesforceErrors.fail(400, "INVALIDREQUEST", "maxRecords must be a positive number");
  }
}

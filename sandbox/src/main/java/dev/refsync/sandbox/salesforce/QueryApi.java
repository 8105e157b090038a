package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.Json;
import dev.refsync.sandbox.salesforce.soql.SoqlException;
import dev.refsync.sandbox.salesforce.soql.SoqlParser;
import dev.refsync.sandbox.salesforce.soql.SoqlQuery;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /query?q=}, {@code /queryAll?q=} (deleted records too) and queryMore ({@code GET
 * /query/01g…-2000}). Pages hold 2,000 records unless {@code Sforce-Query-Options: batchSize=N}
 * asks for another size (clamped to 200–2,000, as VENDOR-FACTS notes); the response is {@code
 * {"totalSize","done","nextRecordsUrl"?,"records"}}.
 */
final class QueryApi {

  static final int MAX_BATCH = 2_000;
  static final int MIN_BATCH = 200;
  private static final Pattern BATCH_SIZE = Pattern.compile("batchSize\\s*=\\s*(\\d{1,6})");
  private static final Pattern LOCATOR = Pattern.compile("(01g[0-9A-Za-z]{15})-(\\d{1,9})");

  private final SalesforceStore store;
  private final QueryEngine engine;
  private final QueryCursors cursors;

  QueryApi(SalesforceStore store, QueryCursors cursors) {
    this.store = store;
    this.engine = new QueryEngine(store);
    this.cursors = cursors;
  }

  void register(EmulatorServer.Builder builder) {
    builder.route(
        "GET", "/services/data/{version}/query", SalesforceEndpoints.QUERY, r -> query(r, false));
    builder.route(
        "GET",
        "/services/data/{version}/queryAll",
        SalesforceEndpoints.QUERY_ALL,
        r -> query(r, true));
    builder.route(
        "GET",
        "/services/data/{version}/query/{locator}",
        SalesforceEndpoints.QUERY_MORE,
        this::more);
    builder.route(
        "GET",
        "/services/data/{version}/queryAll/{locator}",
        SalesforceEndpoints.QUERY_MORE,
        this::more);
  }

  private EmulatorResponse query(EmulatorRequest request, boolean includeDeleted) {
    String soql =
        request
            .queryParam("q")
            .filter(q -> !q.isBlank())
            .orElseThrow(
                () ->
                    SalesforceErrors.fail(
                        400,
                        SalesforceErrors.MALFORMED_QUERY,
                        "A query string has to be specified"));
    String version = request.pathParam("version");
    List<ObjectNode> rows;
    try {
      SoqlQuery parsed = SoqlParser.parse(soql);
      rows = store.read(() -> engine.run(parsed, includeDeleted, version));
    } catch (SoqlException e) {
      return SalesforceErrors.response(400, e.errorCode(), e.getMessage());
    }
    int batch = batchSize(request);
    if (rows.size() <= batch) {
      return page(rows, 0, rows.size(), null, version, includeDeleted);
    }
    String locator = cursors.open(rows, batch);
    return page(rows, 0, batch, locator, version, includeDeleted);
  }

  private EmulatorResponse more(EmulatorRequest request) {
    Matcher m = LOCATOR.matcher(request.pathParam("locator"));
    if (!m.matches()) {
      throw SalesforceErrors.fail(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
    }
    String locator = m.group(1);
    QueryCursors.Cursor cursor =
        cursors
            .touch(locator)
            .orElseThrow(
                () -> SalesforceErrors.fail(400, "INVALID_QUERY_LOCATOR", "invalid query locator"));
    int from = Integer.parseInt(m.group(2));
    if (from >= cursor.rows().size()) {
      throw SalesforceErrors.fail(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
    }
    int to = Math.min(from + cursor.batchSize(), cursor.rows().size());
    boolean queryAll = request.uri().getPath().contains("/queryAll/");
    if (to == cursor.rows().size()) {
      cursors.close(locator);
    }
    return page(
        cursor.rows(),
        from,
        to,
        to == cursor.rows().size() ? null : locator,
        request.pathParam("version"),
        queryAll);
  }

  private static EmulatorResponse page(
      List<ObjectNode> rows, int from, int to, String locator, String version, boolean queryAll) {
    ObjectNode body = Json.object();
    body.put("totalSize", rows.size());
    body.put("done", locator == null);
    if (locator != null) {
      body.put(
          "nextRecordsUrl",
          "/services/data/" + version + (queryAll ? "/queryAll/" : "/query/") + locator + "-" + to);
    }
    ArrayNode records = body.putArray("records");
    rows.subList(from, to).forEach(records::add);
    return EmulatorResponse.json(200, body);
  }

  private static int batchSize(EmulatorRequest request) {
    return request
        .header("sforce-query-options")
        .map(BATCH_SIZE::matcher)
        .filter(Matcher::find)
        .map(m -> Integer.parseInt(m.group(1)))
        .map(n -> Math.max(MIN_BATCH, Math.min(MAX_BATCH, n)))
        .orElse(MAX_BATCH);
  }
}

package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * "sObject Get Deleted" ({@code GET /sobjects/{type}/deleted/?start=&end=}, REST API guide): the
 * records of a type deleted in the window, from the delete log, so purged records too. Answers
 * {@code {"deletedRecords":[{"id","deletedDate"}],"earliestDateAvailable","latestDateCovered"}}.
 * The seconds of {@code start} and {@code end} are ignored (whole minutes, as the SOAP {@code
 * getDeleted()} documents); {@code latestDateCovered} is {@code end} at the minute, where the next
 * window should start.
 */
final class DeletedApi {

  /** Salesforce answers for no more than 15 days before the call. */
  static final Duration WINDOW = Duration.ofDays(15);

  private final SalesforceStore store;

  DeletedApi(SalesforceStore store) {
    this.store = store;
  }

  void register(EmulatorServer.Builder builder) {
    String base = "/services/data/{version}/sobjects/{type}/deleted";
    builder.route("GET", base, SalesforceEndpoints.GET_DELETED, this::deleted);
    builder.route("GET", base + "/", SalesforceEndpoints.GET_DELETED, this::deleted);
  }

  private EmulatorResponse deleted(EmulatorRequest request) {
    String type = request.pathParam("type");
    SObjectDef def =
        store.read(() -> store.schema().type(type)).orElseThrow(SalesforceErrors::notFound);
    Instant start = minute(parameter(request, "start"));
    Instant end = minute(parameter(request, "end"));
    if (!start.isBefore(end)) {
      throw SalesforceErrors.fail(
          400, "INVALID_REPLICATION_DATE", "startDate must chronologically precede endDate");
    }
    if (start.isBefore(store.now().minus(WINDOW))) {
      throw SalesforceErrors.fail(
          400,
          "INVALID_REPLICATION_DATE",
          "startDate cannot be more than " + WINDOW.toDays() + " days ago");
    }
    List<SalesforceStore.Deletion> log = store.deletions(def.name());
    ObjectNode body = Json.object();
    ArrayNode records = body.putArray("deletedRecords");
    for (SalesforceStore.Deletion d : log) {
      if (!d.deletedDate().isBefore(start) && d.deletedDate().isBefore(end)) {
        records
            .addObject()
            .put("id", d.id())
            .put("deletedDate", SalesforceTimes.format(d.deletedDate()));
      }
    }
    Instant earliest = log.isEmpty() ? start : log.get(0).deletedDate();
    body.put("earliestDateAvailable", SalesforceTimes.format(earliest));
    body.put("latestDateCovered", SalesforceTimes.format(end));
    return EmulatorResponse.json(200, body);
  }

  private static Instant parameter(EmulatorRequest request, String name) {
    String text =
        request
            .queryParam(name)
            .orElseThrow(
                () ->
                    SalesforceErrors.fail(
                        400, "MISSING_ARGUMENT", "Missing required parameter: " + name));
    return SalesforceTimes.parseDateTime(text)
        .orElseThrow(
            () ->
                SalesforceErrors.fail(
                    400,
                    "INVALID_REPLICATION_DATE",
                    name + " is not a date-time like 2026-03-01T10:00:00+00:00: " + text));
  }

  private static Instant minute(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MINUTES);
  }
}

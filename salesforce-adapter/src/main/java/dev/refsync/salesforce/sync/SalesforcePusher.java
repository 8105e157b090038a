package dev.refsync.salesforce.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.error.ErrorClassifier;
import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.port.OutboxPusher;
import dev.refsync.core.port.PushFailure;
import dev.refsync.core.port.PushOutcome;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.salesforce.error.SalesforceError;
import dev.refsync.salesforce.error.SalesforceErrorClassifier;
import dev.refsync.salesforce.rest.SalesforceRestClient;
import dev.refsync.salesforce.rest.SaveResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes the planned rows of one org (DESIGN 8 and 9): the deal's referral fields first, by record
 * id with sObject Collections update, then the commission records with sObject Collections upsert
 * on their external id, 200 per call with {@code allOrNone: false}, so one bad record fails alone
 * with Salesforce's {@code errorCode} and message. Both are idempotent: a batch sent again writes
 * the same values. A whole-call failure ({@code REQUEST_LIMIT_EXCEEDED}, an outage) is thrown for
 * the push step, which leaves the rows pending as the classifier decides.
 */
public final class SalesforcePusher implements OutboxPusher {
  private final String connection;
  private final SalesforceRestClient rest;
  private final SalesforceErrorClassifier classifier;
  private final ObjectMapper json;
  private final WriteTargets targets;

  public SalesforcePusher(
      String connection,
      SalesforceRestClient rest,
      SalesforceErrorClassifier classifier,
      ObjectMapper json,
      WriteTargets targets) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.rest = rest;
    this.classifier = classifier;
    this.json = json;
    this.targets = targets;
  }

  @Override
  public String connection() {
    return connection;
  }

  /** The deal object before the commission object, whose records look the deal up. */
  @Override
  public List<String> targetTypes() {
    return targets.pushOrder();
  }

  @Override
  public int batchSize(String targetType) {
    return SalesforceRestClient.MAX_COLLECTION_SIZE;
  }

  @Override
  public PushOutcome push(String targetType, List<OutboxRow> rows) {
    List<OutboxRow> sent = new ArrayList<>();
    List<ObjectNode> records = new ArrayList<>();
    List<PushFailure> failed = new ArrayList<>();
    for (OutboxRow row : rows) {
      try {
        ObjectNode record = (ObjectNode) json.readTree(row.item().payload());
        if (targetType.equals(targets.dealObject())) {
          record.put("Id", row.item().targetKey());
        }
        records.add(record);
        sent.add(row);
      } catch (JsonProcessingException | ClassCastException e) {
        failed.add(
            new PushFailure(
                row,
                "outbox payload of "
                    + targetType
                    + " "
                    + row.item().targetKey()
                    + " is not a JSON"
                    + " object: "
                    + e.getMessage(),
                RetryDecision.PERMANENT));
      }
    }
    if (records.isEmpty()) {
      return new PushOutcome(List.of(), failed);
    }
    List<SaveResult> results = write(targetType, records);
    if (results.size() != sent.size()) {
      throw new IllegalStateException(
          "Salesforce answered "
              + results.size()
              + " results for "
              + sent.size()
              + " "
              + targetType
              + " records");
    }
    List<OutboxRow> accepted = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      SaveResult result = results.get(i);
      if (result.success()) {
        accepted.add(sent.get(i));
      } else {
        failed.add(new PushFailure(sent.get(i), describe(result), decide(result)));
      }
    }
    return new PushOutcome(accepted, failed);
  }

  @Override
  public ErrorClassifier classifier() {
    return classifier;
  }

  private List<SaveResult> write(String targetType, List<ObjectNode> records) {
    if (targetType.equals(targets.dealObject())) {
      return rest.updateCollection(targetType, records);
    }
    if (targetType.equals(targets.commissionObject())) {
      return rest.upsertCollection(targetType, targets.commissionExternalId(), records);
    }
    throw new IllegalArgumentException(
        connection + " does not push " + targetType + "; it pushes " + targetTypes());
  }

  /** Retryable only when every error of the record is (lock contention). */
  private RetryDecision decide(SaveResult result) {
    if (result.errors().isEmpty()) {
      return RetryDecision.RETRYABLE;
    }
    return result.errors().stream()
            .allMatch(e -> classifier.classifyRecord(e) == RetryDecision.RETRYABLE)
        ? RetryDecision.RETRYABLE
        : RetryDecision.PERMANENT;
  }

  private static String describe(SaveResult result) {
    if (result.errors().isEmpty()) {
      return "Salesforce reported failure without an error";
    }
    return result.errors().stream()
        .map(SalesforceError::toString)
        .collect(Collectors.joining("; "));
  }
}

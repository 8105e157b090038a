package dev.refsync.hubspot.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.ErrorClassifier;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.port.OutboxPusher;
import dev.refsync.core.port.PushFailure;
import dev.refsync.core.port.PushOutcome;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.hubspot.client.AssociationInput;
import dev.refsync.hubspot.client.AssociationType;
import dev.refsync.hubspot.client.BatchError;
import dev.refsync.hubspot.client.BatchResult;
import dev.refsync.hubspot.client.CreatedAssociation;
import dev.refsync.hubspot.client.HubSpotClient;
import dev.refsync.hubspot.client.HubSpotErrorMapper;
import dev.refsync.hubspot.client.HubSpotObject;
import dev.refsync.hubspot.client.ObjectSchema;
import dev.refsync.hubspot.client.UpsertInput;
import dev.refsync.hubspot.client.UpsertResult;
import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.WriteBackKind;
import dev.refsync.mappings.spec.WriteTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one HubSpot connection's outbox rows (DESIGN 8 and 9), in this order:
 *
 * <ol>
 *   <li>{@code deals}: the referral properties, {@code batch/update} by deal id, 100 per request;
 *   <li>the commission object ({@code referral_commission}): {@code batch/upsert} keyed on its
 *       external-id property ({@code refsync_id}), 100 per request, so a batch sent twice changes
 *       nothing;
 *   <li>{@code <commission>.associations}: commission to deal, v4 {@code batch/create}, up to 2,000
 *       per request. The commission's HubSpot id comes from the upsert answers of this process; ids
 *       it has not seen (a restart in between) are read by {@code idProperty} first.
 * </ol>
 *
 * A per-input error of a 207 answer fails that row only, with HubSpot's category and message and
 * the classifier's decision. A whole batch refused as invalid (400: HubSpot validates a batch all
 * or nothing) is split in halves until the offending rows are alone, so one bad row never holds
 * back the others; any other whole-batch failure is thrown for the push step to classify.
 */
public final class HubSpotPusher implements OutboxPusher {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PROBLEM = Pattern.compile("\\{[^{}]*\\}");
  private static final Set<String> STANDARD_TYPES =
      Set.of("contacts", "companies", "deals", "0-1", "0-2", "0-3");

  private final String connection;
  private final HubSpotClient client;
  private final ErrorClassifier classifier;
  private final WriteTarget deal;
  private final WriteTarget commission;
  private final String commissionKey;
  private final List<String> targetTypes;
  private final Map<String, String> commissionIds = new ConcurrentHashMap<>();
  private volatile String commissionTypeId;
  private volatile AssociationType commissionToDeal;

  public HubSpotPusher(
      String connection, HubSpotClient client, ErrorClassifier classifier, MappingSpec mapping) {
    this.connection = connection;
    this.client = client;
    this.classifier = classifier;
    this.deal = mapping.target(WriteBackKind.DEAL).orElse(null);
    this.commission = mapping.target(WriteBackKind.COMMISSION).orElse(null);
    this.commissionKey =
        commission == null || commission.externalId() == null
            ? null
            : commission.externalId().replaceFirst("^properties\\.", "");
    List<String> types = new ArrayList<>();
    if (deal != null) {
      types.add(deal.object());
    }
    if (commission != null) {
      types.add(commission.object());
      if (commission.associateWith() != null) {
        types.add(HubSpotWriteBackPlanner.associationTarget(commission));
      }
    }
    this.targetTypes = List.copyOf(types);
  }

  @Override
  public String connection() {
    return connection;
  }

  @Override
  public List<String> targetTypes() {
    return targetTypes;
  }

  @Override
  public int batchSize(String targetType) {
    return isAssociations(targetType)
        ? HubSpotClient.ASSOCIATION_CREATE_MAX
        : HubSpotClient.BATCH_MAX;
  }

  @Override
  public ErrorClassifier classifier() {
    return classifier;
  }

  @Override
  public PushOutcome push(String targetType, List<OutboxRow> rows) {
    if (rows.isEmpty()) {
      return PushOutcome.allAccepted(rows);
    }
    if (deal != null && targetType.equals(deal.object())) {
      return isolating(rows, this::updateDeals);
    }
    if (commission != null && targetType.equals(commission.object())) {
      // Resolved before any batch so a missing schema stops the push instead of failing rows.
      String type = commissionType();
      return isolating(rows, batch -> upsertCommissions(type, batch));
    }
    if (isAssociations(targetType)) {
      return associate(rows);
    }
    throw new IllegalArgumentException(
        connection + " pushes " + targetTypes + ", not '" + targetType + "'");
  }

  private boolean isAssociations(String targetType) {
    return commission != null
        && commission.associateWith() != null
        && targetType.equals(HubSpotWriteBackPlanner.associationTarget(commission));
  }

  // ---- deals ---------------------------------------------------------------------------------

  private PushOutcome updateDeals(List<OutboxRow> rows) {
    BatchResult<HubSpotObject> result =
        client.batchUpdate(deal.object(), rows.stream().map(this::input).toList());
    Set<String> written = new HashSet<>();
    result.results().forEach(o -> written.add(o.id()));
    return settle(rows, written, result.errors());
  }

  // ---- commissions ---------------------------------------------------------------------------

  private PushOutcome upsertCommissions(String type, List<OutboxRow> rows) {
    BatchResult<UpsertResult> result =
        client.batchUpsert(type, commissionKey, rows.stream().map(this::input).toList());
    Set<String> written = new HashSet<>();
    List<UpsertResult> results = result.results();
    boolean keyed = results.stream().allMatch(r -> key(r.object()) != null);
    if (keyed) {
      for (UpsertResult r : results) {
        written.add(key(r.object()));
        remember(key(r.object()), r.object().id());
      }
    } else if (result.errors().isEmpty() && results.size() == rows.size()) {
      // HubSpot answers a batch in input order when every input succeeded.
      for (int i = 0; i < rows.size(); i++) {
        written.add(rows.get(i).item().targetKey());
        remember(rows.get(i).item().targetKey(), results.get(i).object().id());
      }
    }
    return settle(rows, written, result.errors());
  }

  private String key(HubSpotObject o) {
    return o.properties().get(commissionKey);
  }

  private void remember(String key, String hubSpotId) {
    if (commission.associateWith() != null && key != null && hubSpotId != null) {
      commissionIds.put(key, hubSpotId);
    }
  }

  /** The commission object's type id, from its schema (custom objects are addressed by it). */
  private String commissionType() {
    String type = commissionTypeId;
    if (type != null) {
      return type;
    }
    String name = commission.object();
    if (STANDARD_TYPES.contains(name) || name.matches("\\d+-\\d+")) {
      type = name;
    } else {
      type =
          client.listSchemas().stream()
              .filter(
                  s ->
                      name.equals(s.name())
                          || name.equals(s.fullyQualifiedName())
                          || name.equals(s.objectTypeId()))
              .map(ObjectSchema::objectTypeId)
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidRequestException(
                          HubSpotErrorMapper.SYSTEM,
                          0,
                          "SCHEMA_MISSING",
                          "The HubSpot portal of "
                              + connection
                              + " has no custom object '"
                              + name
                              + "': run the provisioning (refsync provision) first",
                          null));
    }
    commissionTypeId = type;
    return type;
  }

  // ---- associations --------------------------------------------------------------------------

  private PushOutcome associate(List<OutboxRow> rows) {
    String from = commissionType();
    resolveMissingIds(from, rows);
    AssociationType type = commissionToDeal(from);
    List<OutboxRow> sent = new ArrayList<>();
    List<PushFailure> failed = new ArrayList<>();
    List<AssociationInput> inputs = new ArrayList<>();
    for (OutboxRow row : rows) {
      String fromId = commissionIds.get(row.item().targetKey());
      if (fromId == null) {
        failed.add(
            new PushFailure(
                row,
                "No "
                    + commission.object()
                    + " with "
                    + commissionKey
                    + " "
                    + row.item().targetKey()
                    + " in HubSpot yet; associated once it is written",
                RetryDecision.RETRYABLE));
        continue;
      }
      sent.add(row);
      inputs.add(new AssociationInput(fromId, toId(row), List.of(type)));
    }
    if (inputs.isEmpty()) {
      return new PushOutcome(List.of(), failed);
    }
    BatchResult<CreatedAssociation> result =
        client.batchCreateAssociations(from, commission.associateWith(), inputs);
    Set<String> created = new HashSet<>();
    result.results().forEach(c -> created.add(c.fromObjectId() + '>' + c.toObjectId()));
    List<OutboxRow> accepted = new ArrayList<>();
    String problem =
        result.errors().isEmpty()
            ? "HubSpot reported no result for this association"
            : String.join("; ", result.errors().stream().map(BatchErrors::describe).toList());
    RetryDecision decision =
        result.errors().isEmpty()
            ? RetryDecision.RETRYABLE
            : classifier.classify(BatchErrors.toException(result.errors().get(0)));
    for (int i = 0; i < sent.size(); i++) {
      AssociationInput input = inputs.get(i);
      OutboxRow row = sent.get(i);
      if (created.contains(input.fromId() + '>' + input.toId())) {
        accepted.add(row);
        commissionIds.remove(row.item().targetKey());
      } else {
        failed.add(new PushFailure(row, problem, decision));
      }
    }
    return new PushOutcome(accepted, failed);
  }

  /** Reads the HubSpot ids of commissions written before this process started, 100 per read. */
  private void resolveMissingIds(String from, List<OutboxRow> rows) {
    List<String> missing =
        rows.stream()
            .map(r -> r.item().targetKey())
            .filter(k -> !commissionIds.containsKey(k))
            .distinct()
            .toList();
    for (int i = 0; i < missing.size(); i += HubSpotClient.BATCH_MAX) {
      List<String> keys = missing.subList(i, Math.min(missing.size(), i + HubSpotClient.BATCH_MAX));
      BatchResult<HubSpotObject> found =
          client.batchRead(from, keys, List.of(commissionKey), commissionKey);
      for (HubSpotObject o : found.results()) {
        if (key(o) != null) {
          commissionIds.put(key(o), o.id());
        }
      }
    }
  }

  /** The unlabelled association type from the commission object to the deal object. */
  private AssociationType commissionToDeal(String from) {
    AssociationType type = commissionToDeal;
    if (type == null) {
      type =
          client.listAssociationTypes(from, commission.associateWith()).stream()
              .filter(t -> t.label() == null || t.label().isBlank())
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidRequestException(
                          HubSpotErrorMapper.SYSTEM,
                          0,
                          "ASSOCIATION_TYPE_MISSING",
                          "HubSpot has no association from "
                              + commission.object()
                              + " to "
                              + commission.associateWith()
                              + ": add it to the schema's associatedObjects (refsync provision)",
                          null));
      commissionToDeal = AssociationType.of(type.category(), type.typeId());
    }
    return commissionToDeal;
  }

  private static String toId(OutboxRow row) {
    return payload(row).path("toObjectId").asText();
  }

  // ---- shared --------------------------------------------------------------------------------

  /**
   * Sends a batch; a 400 for the whole batch (HubSpot validates all or nothing) is split in halves
   * until each refused row is alone and dead-lettered with HubSpot's message. When both halves are
   * refused with the parent's very message, the cause is not a row (a property that does not exist,
   * a missing scope): the refusal is thrown for the push step instead of dead-lettering every row.
   */
  private PushOutcome isolating(List<OutboxRow> rows, Batch send) {
    try {
      return send.push(rows);
    } catch (InvalidRequestException refused) {
      return split(rows, send, refused);
    }
  }

  private PushOutcome split(List<OutboxRow> rows, Batch send, InvalidRequestException refused) {
    if (rows.size() == 1) {
      return new PushOutcome(
          List.of(),
          List.of(
              new PushFailure(rows.get(0), refused.getMessage(), classifier.classify(refused))));
    }
    int half = rows.size() / 2;
    List<OutboxRow> leftRows = rows.subList(0, half);
    List<OutboxRow> rightRows = rows.subList(half, rows.size());
    Attempt left = attempt(leftRows, send);
    Attempt right = attempt(rightRows, send);
    if (left.refused() != null
        && right.refused() != null
        && sameRefusal(left.refused(), refused)
        && sameRefusal(right.refused(), refused)) {
      throw refused;
    }
    PushOutcome l = left.refused() == null ? left.outcome() : split(leftRows, send, left.refused());
    PushOutcome r =
        right.refused() == null ? right.outcome() : split(rightRows, send, right.refused());
    List<OutboxRow> accepted = new ArrayList<>(l.accepted());
    accepted.addAll(r.accepted());
    List<PushFailure> failed = new ArrayList<>(l.failed());
    failed.addAll(r.failed());
    return new PushOutcome(accepted, failed);
  }

  private static Attempt attempt(List<OutboxRow> rows, Batch send) {
    try {
      return new Attempt(send.push(rows), null);
    } catch (InvalidRequestException refused) {
      return new Attempt(null, refused);
    }
  }

  /**
   * The same HubSpot refusal: equal apart from the correlation id and from how often each problem
   * is listed (HubSpot lists a problem once per input, e.g. "Property values were not valid:
   * [{…"PROPERTY_DOESNT_EXIST"…}, …]", so a half lists it half as often).
   */
  private static boolean sameRefusal(InvalidRequestException a, InvalidRequestException b) {
    return problems(a.getMessage()).equals(problems(b.getMessage()));
  }

  private static Set<String> problems(String message) {
    String text = String.valueOf(message).replaceAll("\\s*\\[correlationId [^\\]]*\\]", "");
    Set<String> problems = new TreeSet<>();
    Matcher m = PROBLEM.matcher(text);
    while (m.find()) {
      problems.add(m.group());
    }
    return problems.isEmpty() ? Set.of(text) : problems;
  }

  private record Attempt(PushOutcome outcome, InvalidRequestException refused) {}

  /**
   * Rows whose key came back written are accepted; rows named by an error fail with it; a row
   * HubSpot said nothing about is retried rather than assumed written.
   */
  private PushOutcome settle(List<OutboxRow> rows, Set<String> written, List<BatchError> errors) {
    Map<String, BatchError> errorByKey = new HashMap<>();
    for (BatchError e : errors) {
      e.ids().forEach(id -> errorByKey.putIfAbsent(id, e));
      e.context()
          .getOrDefault("objectWriteTraceId", List.of())
          .forEach(id -> errorByKey.putIfAbsent(id, e));
    }
    List<OutboxRow> accepted = new ArrayList<>();
    List<PushFailure> failed = new ArrayList<>();
    for (OutboxRow row : rows) {
      String key = row.item().targetKey();
      BatchError error = errorByKey.get(key);
      if (error != null) {
        ConnectorApiException e = BatchErrors.toException(error);
        failed.add(new PushFailure(row, BatchErrors.describe(error), classifier.classify(e)));
      } else if (written.contains(key)) {
        accepted.add(row);
      } else {
        failed.add(
            new PushFailure(row, "HubSpot reported no result for " + key, RetryDecision.RETRYABLE));
      }
    }
    return new PushOutcome(accepted, failed);
  }

  private UpsertInput input(OutboxRow row) {
    Map<String, String> properties = new LinkedHashMap<>();
    payload(row)
        .path("properties")
        .fields()
        .forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
    return new UpsertInput(row.item().targetKey(), properties);
  }

  private static JsonNode payload(OutboxRow row) {
    try {
      return JSON.readTree(row.item().payload());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "outbox row " + row.id() + " of " + row.item().targetType() + " is not JSON", e);
    }
  }

  @FunctionalInterface
  private interface Batch {
    PushOutcome push(List<OutboxRow> rows);
  }
}

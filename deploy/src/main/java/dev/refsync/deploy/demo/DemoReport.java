package dev.refsync.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code --report} of {@code refsync demo} (issue #7): what the sandboxes hold and how many
 * requests each cycle made, read from the sandboxes' own state and request counters - not from
 * Refsync's bookkeeping - plus the ledger from the store.
 */
public final class DemoReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final List<String> SYSTEMS = List.of("salesforce", "hubspot", "stripe");

  private final List<Cycle> cycles = new ArrayList<>();

  /** The requests one cycle made, per system and per endpoint. */
  public record Cycle(Map<String, Long> requests, Map<String, Map<String, Long>> endpoints) {}

  /** Counter readings of every sandbox, taken before and after a cycle. */
  public record Counters(Map<String, Long> totals, Map<String, Map<String, Long>> endpoints) {
    public static Counters read(DemoSandboxes sandboxes) {
      Map<String, Long> totals = new TreeMap<>();
      Map<String, Map<String, Long>> endpoints = new TreeMap<>();
      for (String system : SYSTEMS) {
        totals.put(system, sandboxes.requests(system));
      }
      endpoints.put("salesforce", new TreeMap<>(sandboxes.salesforce.requestCounts()));
      endpoints.put("hubspot", new TreeMap<>(sandboxes.hubspot.requestCounts()));
      endpoints.put("stripe", new TreeMap<>(sandboxes.stripe.requestCounts()));
      return new Counters(totals, endpoints);
    }
  }

  /** Records one cycle as the difference of two readings. */
  public Cycle addCycle(Counters before, Counters after) {
    Map<String, Long> requests = new TreeMap<>();
    Map<String, Map<String, Long>> endpoints = new TreeMap<>();
    for (String system : SYSTEMS) {
      requests.put(system, after.totals().get(system) - before.totals().get(system));
      Map<String, Long> diff = new TreeMap<>();
      after
          .endpoints()
          .get(system)
          .forEach(
              (endpoint, count) -> {
                long made = count - before.endpoints().get(system).getOrDefault(endpoint, 0L);
                if (made > 0) {
                  diff.put(endpoint, made);
                }
              });
      endpoints.put(system, diff);
    }
    Cycle cycle = new Cycle(requests, endpoints);
    cycles.add(cycle);
    return cycle;
  }

  /** The report as the issue specifies it, with each cycle's requests per endpoint as well. */
  public ObjectNode build(DemoSandboxes sandboxes, Store store) {
    ObjectNode root = JSON.createObjectNode();
    var cyclesNode = root.putArray("cycles");
    for (Cycle cycle : cycles) {
      ObjectNode c = cyclesNode.addObject();
      ObjectNode requests = c.putObject("requests");
      SYSTEMS.forEach(s -> requests.put(s, cycle.requests().get(s)));
      c.set("endpoints", JSON.valueToTree(cycle.endpoints()));
    }
    JsonNode salesforce = DemoWorld.state(sandboxes.salesforce.stateDump()).path("records");
    ObjectNode sf = root.putObject("salesforce");
    sf.put(
        "opportunitiesWithReferral", countWith(salesforce.path("Opportunity"), "Referral_Id__c"));
    sf.put("commissionRecords", salesforce.path("Referral_Commission__c").size());

    JsonNode hubspot = DemoWorld.state(sandboxes.hubspot.stateDump()).path("objects");
    ObjectNode hs = root.putObject("hubspot");
    int deals = 0;
    for (JsonNode deal : hubspot.path("deals")) {
      if (!deal.path("properties").path("refsync_referral_id").asText("").isEmpty()) {
        deals++;
      }
    }
    hs.put("dealsWithReferral", deals);
    hs.put("commissionRecords", hubspot.path("referral_commission").size());

    JsonNode stripe = DemoWorld.state(sandboxes.stripe.stateDump());
    int customers = 0;
    for (JsonNode customer : stripe.path("customers")) {
      if (!customer.path("metadata").path("refsync_referral_id").asText("").isEmpty()) {
        customers++;
      }
    }
    root.putObject("stripe").put("customersWithReferral", customers);

    ObjectNode ledger = root.putObject("ledger");
    List<CommissionEntry> entries = store.inTransaction(tx -> tx.ledger().entries());
    int attributions = store.inTransaction(tx -> tx.attributions().attributions()).size();
    ledger.put("attributions", attributions);
    ledger.put("commissionEntries", entries.size());
    Map<String, BigDecimal> totals = new TreeMap<>();
    entries.forEach(e -> totals.merge(e.currency(), e.amount(), BigDecimal::add));
    ObjectNode totalsNode = ledger.putObject("totals");
    totals.forEach(
        (currency, sum) ->
            totalsNode.put(currency, sum.setScale(2, RoundingMode.HALF_EVEN).toPlainString()));
    return root;
  }

  /** Writes the report to a file. */
  public static void write(ObjectNode report, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      JSON.writeValue(file.toFile(), report);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the report to " + file, e);
    }
  }

  private static int countWith(JsonNode records, String field) {
    int n = 0;
    for (JsonNode record : records) {
      JsonNode value = record.path(field);
      if (!value.isMissingNode() && !value.isNull() && !value.asText().isEmpty()) {
        n++;
      }
    }
    return n;
  }
}

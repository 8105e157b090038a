package dev.refsync.hubspot.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.config.Secret;
import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.engine.RefsyncEngine;
import dev.refsync.core.plans.PlansLoader;
import dev.refsync.core.store.DataSources;
import dev.refsync.core.store.Migrations;
import dev.refsync.core.store.Store;
import dev.refsync.core.store.StoreConfig;
import dev.refsync.core.sync.EngineStep;
import dev.refsync.core.sync.PullStep;
import dev.refsync.core.sync.PushPolicy;
import dev.refsync.core.sync.PushStep;
import dev.refsync.hubspot.HubSpotConfig;
import dev.refsync.hubspot.client.HubSpotClient;
import dev.refsync.hubspot.client.PropertyDefinition;
import dev.refsync.hubspot.client.UpsertInput;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.sandbox.core.MutableClock;
import dev.refsync.sandbox.hubspot.HubSpotEmulator;
import dev.refsync.sandbox.hubspot.SeedResult;
import dev.refsync.sandbox.hubspot.SeedSpec;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A seeded HubSpot emulator on a {@link MutableClock}, an H2 store and a {@link HubSpotRuntime} on
 * them over real HTTP, with the pipeline steps the daemon runs. The client's pauses advance the
 * emulator's clock (no sleeping).
 */
final class PipelineHarness implements AutoCloseable {
  static final String TOKEN = "pat-na1-pipeline-0123456789";
  static final String CONNECTION = "hubspot-main";
  static final Secret WEBHOOK_SECRET = Secret.of("webhook-client-secret-0123");
  static final Instant START = Instant.parse("2026-05-04T09:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every partner referrer earns 100 USD per attributed closed-won deal, at once. */
  static final String PLANS =
      """
      rules:
        model: LAST_REFERRAL
        windowDays: 3650
        enterpriseWindowDays: 3650
        excludeExistingCustomers: false
      plans:
        - id: partner-flat
          referrerTypes: [PARTNER]
          reward: {type: FLAT, amount: 100}
          trigger: CLOSED_WON
      """;

  final MutableClock clock = new MutableClock(START);
  final List<Duration> pauses = new CopyOnWriteArrayList<>();
  final HubSpotEmulator hubspot;
  final HubSpotClient admin;
  final HikariDataSource dataSource;
  final Store store;
  final HubSpotRuntime runtime;
  final PullStep pull;
  final EngineStep engine;
  final PushStep push;

  PipelineHarness(
      UnaryOperator<dev.refsync.sandbox.hubspot.HubSpotConfig> emulatorTuning,
      UnaryOperator<HubSpotConfig> clientTuning) {
    hubspot =
        HubSpotEmulator.start(
            emulatorTuning.apply(dev.refsync.sandbox.hubspot.HubSpotConfig.defaults(TOKEN, clock)));
    HubSpotConfig config =
        clientTuning.apply(
            HubSpotConfig.defaults(Secret.of(TOKEN))
                .withBaseUrl(URI.create(hubspot.baseUri().toString()))
                // The emulator indexes every write at once unless a test says otherwise, and the
                // clock only moves when a test moves it: no settle time unless a test sets one.
                .withSearchSettle(Duration.ZERO)
                .withRetry(8, Duration.ofMillis(100), Duration.ofSeconds(5))
                .withWebhookClientSecret(WEBHOOK_SECRET));
    admin = HubSpotClient.create(config, clock, clock::advance, new SplittableRandom(1));
    runtime =
        HubSpotRuntime.create(
            CONNECTION,
            config,
            DefaultMappings.load(SystemName.HUBSPOT),
            clock,
            d -> {
              pauses.add(d);
              clock.advance(d);
            },
            new SplittableRandom(42));
    dataSource =
        DataSources.create(
            new StoreConfig("jdbc:h2:mem:hs-" + UUID.randomUUID(), "sa", Secret.of(""), 2));
    Migrations.migrate(dataSource);
    store = new Store(dataSource, clock);
    pull = new PullStep(store, 1_000);
    engine =
        new EngineStep(
            store,
            new RefsyncEngine(
                PlansLoader.parse("plans.yaml", PLANS), DomainNormalizer.withDefaultFreeMailList()),
            List.of(runtime.planner()),
            clock);
    push = new PushStep(store, PushPolicy.defaults(), clock);
  }

  /** Generous emulator and client limits: for tests about data, not about rate limits. */
  static PipelineHarness unthrottled() {
    return new PipelineHarness(
        c -> c.withTenSecondlyLimit(1_000_000).withSearchPerSecond(10_000),
        c -> c.withLimits(1_000_000, Duration.ofSeconds(10), 10_000));
  }

  /**
   * Seeds the portal, provisions Refsync's properties and schema, creates the properties the
   * default mapping reads referrers and referrals from, and marks {@code referrers} companies as
   * partners and one contact of each of the first {@code referrals} companies with a closed-won
   * deal as referred by one of them.
   *
   * @return the HubSpot ids of the referred contacts
   */
  Seeded seed(SeedSpec spec, int referrers, int referrals) {
    SeedResult seeded = hubspot.seed(spec);
    runtime.provision();
    createInputProperties();
    List<String> partnerIds = seeded.companyIds().subList(0, referrers);
    updateAll(
        "companies",
        partnerIds.stream()
            .map(id -> new UpsertInput(id, Map.of("refsync_referrer_type", "partner")))
            .toList());
    JsonNode state = state();
    Map<String, String> contactCompany = primaryCompanies(state, "contacts", 1);
    Map<String, List<String>> contactsOfCompany = new HashMap<>();
    contactCompany.forEach(
        (contact, company) ->
            contactsOfCompany.computeIfAbsent(company, k -> new ArrayList<>()).add(contact));
    Map<String, String> dealCompany = primaryCompanies(state, "deals", 5);
    List<String> wonCompanies = new ArrayList<>();
    for (JsonNode deal : objects(state, "deals")) {
      String company = dealCompany.get(deal.path("id").asText());
      if ("closedwon".equals(deal.path("properties").path("dealstage").asText())
          && company != null
          && !partnerIds.contains(company)
          && contactsOfCompany.containsKey(company)
          && !wonCompanies.contains(company)) {
        wonCompanies.add(company);
      }
    }
    List<UpsertInput> referred = new ArrayList<>();
    String referredAt = Long.toString(START.minus(Duration.ofDays(400)).toEpochMilli());
    for (int i = 0; i < Math.min(referrals, wonCompanies.size()); i++) {
      String contact = contactsOfCompany.get(wonCompanies.get(i)).get(0);
      referred.add(
          new UpsertInput(
              contact,
              Map.of(
                  "refsync_referred_by",
                  partnerIds.get(i % partnerIds.size()),
                  "refsync_referral_channel",
                  "link",
                  "refsync_referred_at",
                  referredAt)));
    }
    updateAll("contacts", referred);
    return new Seeded(seeded, partnerIds, referred.stream().map(UpsertInput::id).toList());
  }

  record Seeded(SeedResult seed, List<String> partnerIds, List<String> referredContactIds) {}

  private void createInputProperties() {
    admin.createProperty("companies", text("refsync_referrer_type", "companyinformation"));
    admin.createProperty("companies", text("refsync_referrer_tier", "companyinformation"));
    admin.createProperty("contacts", text("refsync_referred_by", "contactinformation"));
    admin.createProperty("contacts", text("refsync_referral_channel", "contactinformation"));
    admin.createProperty(
        "contacts",
        new PropertyDefinition(
            "refsync_referred_at",
            "Referred at",
            "datetime",
            "date",
            "contactinformation",
            "When the referral was made",
            null,
            null));
  }

  private static PropertyDefinition text(String name, String group) {
    return new PropertyDefinition(name, name, "string", "text", group, name, null, null);
  }

  void updateAll(String type, List<UpsertInput> inputs) {
    for (int i = 0; i < inputs.size(); i += 100) {
      admin.batchUpdate(type, inputs.subList(i, Math.min(inputs.size(), i + 100)));
    }
  }

  /** Pulls every object type to the end, as one daemon cycle does. */
  void pullAll() {
    for (String type : runtime.source().objectTypes()) {
      pull.pull(runtime.source(), type);
    }
  }

  /** One daemon cycle: pull everything, run the engine, push the outbox. */
  void cycle() {
    pullAll();
    engine.run();
    push.push(runtime.pusher());
  }

  JsonNode state() {
    try {
      return JSON.readTree(hubspot.stateDump());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<JsonNode> objects(JsonNode state, String type) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode byType = state.path("objects").path(type);
    byType.forEach(out::add);
    return out;
  }

  /**
   * Record id to its primary company, from the state dump's associations ({@code "from":
   * "0-1/123->0-2"}).
   */
  static Map<String, String> primaryCompanies(JsonNode state, String type, int typeId) {
    Map<String, String> out = new HashMap<>();
    for (JsonNode a : state.path("associations")) {
      for (JsonNode t : a.path("types")) {
        if (t.path("typeId").asInt() == typeId) {
          String from = a.path("from").asText();
          String id = from.substring(from.indexOf('/') + 1, from.indexOf("->"));
          out.put(id, a.path("toObjectId").asText());
        }
      }
    }
    return out;
  }

  /** Commission record id to the deal ids it is associated with. */
  static Map<String, List<String>> associatedDeals(JsonNode state, String commissionTypeId) {
    Map<String, List<String>> out = new HashMap<>();
    for (JsonNode a : state.path("associations")) {
      String from = a.path("from").asText();
      if (from.startsWith(commissionTypeId + "/") && from.endsWith("->0-3")) {
        String id = from.substring(from.indexOf('/') + 1, from.indexOf("->"));
        out.computeIfAbsent(id, k -> new ArrayList<>()).add(a.path("toObjectId").asText());
      }
    }
    return out;
  }

  long count(String endpoint) {
    return hubspot.requestCounts().getOrDefault(endpoint, 0L);
  }

  @Override
  public void close() {
    runtime.close();
    admin.close();
    dataSource.close();
    hubspot.close();
  }
}

package dev.refsync.salesforce.sync;

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
import dev.refsync.core.sync.PullReport;
import dev.refsync.core.sync.PullStep;
import dev.refsync.core.sync.PushPolicy;
import dev.refsync.core.sync.PushReport;
import dev.refsync.core.sync.PushStep;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.salesforce.config.SalesforceConfig;
import dev.refsync.salesforce.provision.ProvisionResult;
import dev.refsync.salesforce.support.EmulatedOrg;
import dev.refsync.sandbox.salesforce.CustomFieldSpec;
import dev.refsync.sandbox.salesforce.CustomObjectSpec;
import dev.refsync.sandbox.salesforce.SalesforceSeedResult;
import dev.refsync.sandbox.salesforce.SalesforceSeedSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * An emulated org wired to the whole pipeline as the daemon wires it: {@link SalesforceRuntime}
 * with the default mapping, an H2 store, {@link PullStep}, {@link EngineStep} with the test plans
 * and {@link PushStep}, all on the org's clock.
 */
final class SyncedOrg implements AutoCloseable {
  static final String CONNECTION = "salesforce-main";

  final EmulatedOrg org;
  final HikariDataSource dataSource;
  final Store store;
  final SalesforceRuntime runtime;
  final PullStep pull;
  final EngineStep engine;
  final PushStep push;
  final ObjectMapper json = new ObjectMapper();

  SyncedOrg() {
    this(c -> c);
  }

  SyncedOrg(UnaryOperator<dev.refsync.sandbox.salesforce.SalesforceConfig> emulator) {
    this(emulator, c -> c);
  }

  /**
   * @param emulator changes the emulated org's config (limits, sessions)
   * @param adapter changes the adapter's config (bulk threshold, page size)
   */
  SyncedOrg(
      UnaryOperator<dev.refsync.sandbox.salesforce.SalesforceConfig> emulator,
      UnaryOperator<SalesforceConfig> adapter) {
    org = new EmulatedOrg(emulator);
    dataSource =
        DataSources.create(
            new StoreConfig("jdbc:h2:mem:sf-" + UUID.randomUUID(), "sa", Secret.of(""), 2));
    Migrations.migrate(dataSource);
    store = new Store(dataSource, org.clock);
    runtime =
        SalesforceRuntime.create(
            CONNECTION,
            adapter.apply(org.config),
            DefaultMappings.load(SystemName.SALESFORCE),
            org.clock);
    pull = new PullStep(store, 100);
    engine =
        new EngineStep(
            store,
            new RefsyncEngine(
                PlansLoader.parse("sync-plans.yaml", resource("/sync-plans.yaml")),
                DomainNormalizer.withDefaultFreeMailList()),
            List.of(runtime.planner()),
            org.clock);
    push = new PushStep(store, PushPolicy.defaults(), org.clock);
  }

  /**
   * The custom objects and fields the default mapping reads ({@code Referral__c}, {@code
   * Lead.Referred_By__c}) as an admin would have them; what Refsync writes is provisioned by {@link
   * SalesforceRuntime#provisionApply()}.
   */
  void defineReferralObjects() {
    org.sf.defineCustomObject(CustomObjectSpec.of("Referral__c", "Referral", "Referrals"));
    org.sf.defineCustomField(
        CustomFieldSpec.lookup("Referral__c.Referrer__c", "Referrer", "Account", "Referrer__r"));
    org.sf.defineCustomField(
        CustomFieldSpec.lookup("Referral__c.Account__c", "Account", "Account", "Account__r"));
    org.sf.defineCustomField(
        CustomFieldSpec.text("Referral__c.Contact_Email__c", "Contact Email", 80));
    org.sf.defineCustomField(
        CustomFieldSpec.text("Referral__c.Company_Domain__c", "Company Domain", 255));
    org.sf.defineCustomField(
        CustomFieldSpec.text("Referral__c.Company_Name__c", "Company Name", 255));
    org.sf.defineCustomField(CustomFieldSpec.text("Referral__c.Channel__c", "Channel", 40));
    org.sf.defineCustomField(
        CustomFieldSpec.of("Referral__c.Submitted_At__c", "Submitted At", "DateTime"));
    org.sf.defineCustomField(
        CustomFieldSpec.lookup("Lead.Referred_By__c", "Referred By", "Account", "Referred_By__r"));
  }

  /**
   * A seeded org with {@code Referral__c} records on every {@code step}-th non-partner account and
   * Refsync's objects and fields provisioned through the Metadata API.
   */
  SalesforceSeedResult seedReferredOrg(SalesforceSeedSpec spec, int step) {
    SalesforceSeedResult seeded = org.sf.seed(spec);
    defineReferralObjects();
    ReferralSeed.referrals(org.sf, seeded, org.clock.instant(), step);
    List<ProvisionResult> provisioned = runtime.provisionApply();
    if (!provisioned.stream().allMatch(ProvisionResult::success)) {
      throw new IllegalStateException("provisioning failed: " + provisioned);
    }
    return seeded;
  }

  /** One full cycle as the daemon runs it: every object pulled, the engine, every push. */
  Cycle cycle() {
    List<PullReport> pulls = new ArrayList<>();
    for (String type : runtime.source().objectTypes()) {
      pulls.add(pull.pull(runtime.source(), type));
    }
    engine.run();
    PushReport pushed = push.push(runtime.pusher());
    return new Cycle(pulls, pushed);
  }

  record Cycle(List<PullReport> pulls, PushReport push) {}

  /** The emulator's request counter now, to diff around a cycle. */
  Map<String, Long> counts() {
    return new HashMap<>(org.sf.requestCounts());
  }

  static long diff(Map<String, Long> before, Map<String, Long> after, String endpoint) {
    return after.getOrDefault(endpoint, 0L) - before.getOrDefault(endpoint, 0L);
  }

  /** Every record of a type in the emulator, by id, from its state dump. */
  Map<String, JsonNode> records(String type) {
    try {
      JsonNode dump = json.readTree(org.sf.stateDump());
      Map<String, JsonNode> out = new HashMap<>();
      dump.path("records").path(type).properties().forEach(e -> out.put(e.getKey(), e.getValue()));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = SyncedOrg.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
    org.close();
  }
}

package dev.refsync.stripe.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.config.Secret;
import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.engine.EngineResult;
import dev.refsync.core.model.Account;
import dev.refsync.core.model.AccountLink;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Channel;
import dev.refsync.core.model.Credit;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.AttributionModel;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.core.port.WriteBackInput;
import dev.refsync.core.store.DataSources;
import dev.refsync.core.store.Migrations;
import dev.refsync.core.store.OutboxItem;
import dev.refsync.core.store.SnapshotLocations;
import dev.refsync.core.store.Store;
import dev.refsync.core.store.StoreConfig;
import dev.refsync.core.sync.PullStep;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.writeback.WriteBackMapper;
import dev.refsync.stripe.push.CustomerMetadata;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeWriteBackPlannerTest {
  private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");
  private final HikariDataSource ds =
      DataSources.create(
          new StoreConfig("jdbc:h2:mem:planner-" + UUID.randomUUID(), "sa", Secret.of(""), 2));
  private final Store store = store();
  private final StripeWriteBackPlanner planner =
      new StripeWriteBackPlanner(
          "stripe-main",
          new CustomerMetadata(new WriteBackMapper(DefaultMappings.load(SystemName.STRIPE))));

  private final Referrer partner =
      new Referrer("p1", ReferrerType.PARTNER, "Northwind", "a@partnerhub.io", null, null);
  private final Referrer other =
      new Referrer("p2", ReferrerType.PARTNER, "Contoso", "b@contoso.io", null, null);

  private Store store() {
    Migrations.migrate(ds);
    return new Store(ds, Clock.fixed(T, ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    ds.close();
  }

  private static Referral referral(String id, String referrer) {
    return new Referral(id, referrer, null, null, null, "acc_1", Channel.LINK, T, null);
  }

  private static Deal deal(String id, Instant closedAt) {
    return new Deal(
        id, "acc_1", new BigDecimal("100"), "USD", 12, DealStage.CLOSED_WON, T, closedAt, null);
  }

  private static AccountLink link(String customer) {
    return new AccountLink(customer, "acc_1", null, null);
  }

  @Test
  void everyLinkedCustomerOfThisConnectionCarriesTheLargestCreditOfTheFirstWonDealOrNone() {
    PullStep pull = new PullStep(store, 1);
    pull.ingest(
        "stripe-main",
        List.of(
            PulledRecord.live("customer", "cus_b", T, List.of(link("cus_b"))),
            PulledRecord.live("customer", "cus_a", T, List.of(link("cus_a"))),
            PulledRecord.live(
                "customer", "cus_c", T, List.of(new AccountLink("cus_c", "acc_2", null, null)))),
        List.of());
    pull.ingest(
        "stripe-eu",
        List.of(PulledRecord.live("customer", "cus_eu", T, List.of(link("cus_eu")))),
        List.of());
    SnapshotLocations locations = store.inTransaction(tx -> tx.snapshots().locations());
    CanonicalDataset data =
        new CanonicalDataset(
            List.of(partner, other),
            List.of(referral("r1", "p2"), referral("r2", "p1"), referral("r3", "p2")),
            List.of(new Account("acc_1", "Acme", Set.of("acme.com"), List.of())),
            List.of(),
            List.of(deal("d_late", T.plusSeconds(86_400)), deal("d_first", T)),
            List.of(),
            List.of(),
            List.of());
    EngineResult result =
        new EngineResult(
            List.of(
                new Attribution(
                    "d_late",
                    "acc_1",
                    AttributionModel.LAST_REFERRAL,
                    List.of(new Credit("r3", "p2", BigDecimal.ONE)),
                    List.of()),
                new Attribution(
                    "d_first",
                    "acc_1",
                    AttributionModel.SPLIT_EVEN,
                    List.of(
                        new Credit("r1", "p2", new BigDecimal("0.400000")),
                        new Credit("r2", "p1", new BigDecimal("0.600000"))),
                    List.of())),
            List.of(),
            List.of());
    WriteBackInput input =
        new WriteBackInput(
            data,
            result,
            List.of(),
            Map.of("cus_a", "acc_1", "cus_b", "acc_1", "cus_c", "acc_2", "cus_eu", "acc_1"),
            locations,
            T);

    List<OutboxItem> items = planner.plan(input);

    assertThat(items)
        .containsExactly(
            new OutboxItem(
                "stripe-main",
                "customer",
                "cus_a",
                "{\"customer\":\"cus_a\",\"metadata\":{\"refsync_referral_id\":\"r2\","
                    + "\"refsync_referrer\":\"Northwind\"}}"),
            new OutboxItem(
                "stripe-main",
                "customer",
                "cus_b",
                "{\"customer\":\"cus_b\",\"metadata\":{\"refsync_referral_id\":\"r2\","
                    + "\"refsync_referrer\":\"Northwind\"}}"),
            // acc_2 has no attribution: its customer's keys are cleared.
            new OutboxItem(
                "stripe-main",
                "customer",
                "cus_c",
                "{\"customer\":\"cus_c\",\"metadata\":{\"refsync_referral_id\":\"\","
                    + "\"refsync_referrer\":\"\"}}"));
    assertThat(planner.plan(input)).isEqualTo(items);
  }
}

package dev.refsync.hubspot.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.config.Secret;
import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.engine.EngineResult;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.core.port.WriteBackInput;
import dev.refsync.core.store.DataSources;
import dev.refsync.core.store.Migrations;
import dev.refsync.core.store.OutboxItem;
import dev.refsync.core.store.Store;
import dev.refsync.core.store.StoreConfig;
import dev.refsync.core.sync.PullStep;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A deal that earned commissions but is no longer attributed (it left CLOSED_WON) gets its referral
 * properties cleared, so a rep never sees a stale referrer on it.
 */
class HubSpotDealClearingTest {
  private static final Instant T = Instant.parse("2026-05-01T00:00:00Z");

  private final HikariDataSource ds =
      DataSources.create(
          new StoreConfig("jdbc:h2:mem:hs-clear-" + UUID.randomUUID(), "sa", Secret.of(""), 2));
  private final HubSpotWriteBackPlanner planner =
      new HubSpotWriteBackPlanner("hubspot-main", DefaultMappings.load(SystemName.HUBSPOT));

  @AfterEach
  void close() {
    ds.close();
  }

  @Test
  void aDealThatEarnedButIsNoLongerAttributedHasItsReferralPropertiesCleared() throws Exception {
    Migrations.migrate(ds);
    Store store = new Store(ds, Clock.fixed(T, ZoneOffset.UTC));
    Deal lost =
        new Deal(
            "101", "7", new BigDecimal("1000"), "USD", 12, DealStage.CLOSED_LOST, T, T, List.of());
    new PullStep(store, 1)
        .ingest(
            "hubspot-main",
            List.of(PulledRecord.live("deals", "101", T, List.of(lost))),
            List.of());
    CommissionEntry earned =
        new CommissionEntry(
            "rc_1",
            "p1",
            "r1",
            "partner-flat",
            "101",
            null,
            EntryKind.ACCRUAL,
            new BigDecimal("500.00"),
            "USD",
            T,
            T,
            EntryStatus.PAYABLE,
            "earned");
    WriteBackInput input =
        new WriteBackInput(
            new CanonicalDataset(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(lost),
                List.of(),
                List.of(),
                List.of()),
            new EngineResult(List.of(), List.of(), List.of()),
            List.of(earned),
            Map.of(),
            store.inTransaction(tx -> tx.snapshots().locations()),
            T);

    List<OutboxItem> deals =
        planner.plan(input).stream().filter(i -> i.targetType().equals("deals")).toList();

    assertThat(deals).singleElement().satisfies(i -> assertThat(i.targetKey()).isEqualTo("101"));
    JsonNode properties = new ObjectMapper().readTree(deals.get(0).payload()).path("properties");
    assertThat(properties.path("refsync_referral_id").asText("missing")).isEmpty();
    assertThat(properties.path("refsync_referrer").asText("missing")).isEmpty();
    assertThat(properties.path("refsync_attribution").asText("missing")).isEmpty();
  }
}

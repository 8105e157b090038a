package dev.refsync.mappings.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.config.Secret;
import dev.refsync.core.store.DataSources;
import dev.refsync.core.store.Migrations;
import dev.refsync.core.store.Store;
import dev.refsync.core.store.StoreConfig;
import dev.refsync.core.store.StoredDeadLetter;
import dev.refsync.core.store.TransactionalDeadLetterSink;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole path of issue 3's last promise: a record that fails to map lands in the store's
 * dead-letter table with the mapper's message and its payload, and the rest of the batch maps.
 */
class MappingFailureDeadLetterTableTest {
  private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");

  private final HikariDataSource dataSource =
      DataSources.create(
          new StoreConfig("jdbc:h2:mem:dl-" + UUID.randomUUID(), "sa", Secret.of(""), 2));

  @AfterEach
  void close() {
    dataSource.close();
  }

  @Test
  void unmappableRecordIsKeptInTheDeadLetterTable() {
    Migrations.migrate(dataSource);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    Store store = new Store(dataSource, clock);
    MappingStep step =
        new MappingStep(
            new RecordMapper(DefaultMappings.load(SystemName.HUBSPOT)),
            new TransactionalDeadLetterSink(store),
            clock);

    MappingStep.BatchResult result =
        step.mapBatch(
            "deals",
            List.of(
                MappingStep.VendorRecord.of(deal("1", "1000")),
                MappingStep.VendorRecord.of(deal("2", "twelve thousand")),
                MappingStep.VendorRecord.of(deal("3", "3000"))));

    assertThat(result.mapped()).hasSize(2);
    List<StoredDeadLetter> stored = store.inTransaction(tx -> tx.deadLetters().list());
    assertThat(stored).hasSize(1);
    StoredDeadLetter row = stored.get(0);
    assertThat(row.retried()).isFalse();
    assertThat(row.letter().system()).isEqualTo("HUBSPOT");
    assertThat(row.letter().objectType()).isEqualTo("deals");
    assertThat(row.letter().recordId()).isEqualTo("2");
    assertThat(row.letter().error()).contains("field 'amount'", "value 'twelve thousand'");
    assertThat(row.letter().payload()).contains("\"amount\":\"twelve thousand\"");
    assertThat(row.letter().at()).isEqualTo(NOW);
  }

  private static ObjectNode deal(String id, String amount) {
    ObjectNode deal = JsonNodeFactory.instance.objectNode();
    deal.put("id", id);
    ObjectNode props = deal.putObject("properties");
    props.put("amount", amount);
    props.put("dealstage", "appointmentscheduled");
    props.put("createdate", "2026-01-01T00:00:00Z");
    return deal;
  }
}

package dev.refsync.mappings.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.model.Deal;
import dev.refsync.core.port.DeadLetter;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One bad record in a batch is dead-lettered with its message and payload; the rest map. */
class MappingStepTest {
  private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");

  @Test
  void badRecordIsDeadLetteredAndTheOthersAreMapped() {
    List<DeadLetter> letters = new ArrayList<>();
    MappingStep step =
        new MappingStep(
            new RecordMapper(DefaultMappings.load(SystemName.HUBSPOT)),
            letters::add,
            Clock.fixed(NOW, ZoneOffset.UTC));
    List<MappingStep.VendorRecord> batch = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      batch.add(MappingStep.VendorRecord.of(deal(String.valueOf(i), i == 17 ? "n/a" : "1000")));
    }

    MappingStep.BatchResult result = step.mapBatch("deals", batch);

    assertThat(result.deadLettered()).isEqualTo(1);
    assertThat(result.mapped()).hasSize(49);
    assertThat(result.mapped())
        .extracting(m -> m.as(Deal.class).id())
        .doesNotContain("17")
        .contains("0", "16", "18", "49");
    DeadLetter letter = letters.get(0);
    assertThat(letters).hasSize(1);
    assertThat(letter.system()).isEqualTo("HUBSPOT");
    assertThat(letter.objectType()).isEqualTo("deals");
    assertThat(letter.recordId()).isEqualTo("17");
    assertThat(letter.error()).contains("field 'amount'", "value 'n/a'");
    assertThat(letter.payload()).contains("\"amount\":\"n/a\"");
    assertThat(letter.at()).isEqualTo(NOW);
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

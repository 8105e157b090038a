package dev.refsync.stripe.translate;

import static dev.refsync.stripe.translate.Events.dispute;
import static dev.refsync.stripe.translate.Events.event;
import static dev.refsync.stripe.translate.Events.invoice;
import static dev.refsync.stripe.translate.Events.refund;
import static dev.refsync.stripe.translate.Events.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.model.Event;
import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.mapper.MappedRecord;
import dev.refsync.mappings.mapper.RecordMapper;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.stripe.identity.CustomerIdentity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Webhooks arrive unordered and repeated (VENDOR-FACTS): the records must not depend on it. */
class ReprocessingTest {
  private static final long T = 1_781_524_800L;

  private final FakeLookups lookups = new FakeLookups();
  private final StripeEventTranslator translator =
      new StripeEventTranslator(
          new RecordMapper(DefaultMappings.load(SystemName.STRIPE)),
          lookups,
          new CustomerIdentity(
              "refsync_account_id", DomainNormalizer.withDefaultFreeMailList(), Map.of()));

  private List<Event> history() {
    lookups.invoiceByIntent.put("pi_1", "in_1");
    lookups.invoiceByIntent.put("pi_2", "in_2");
    return List.of(
        event("invoice.paid", invoice("in_1", "cus_1", 10_000, T), T),
        event("invoice.paid", invoice("in_2", "cus_2", 20_000, T + 5), T + 5),
        event("refund.created", refund("re_1", "ch_1", "pi_1", 4_000, T + 60), T + 60),
        event("charge.dispute.closed", dispute("dp_1", "pi_2", 20_000, "lost", T + 90), T + 90),
        event("customer.subscription.deleted", subscription("sub_1", "cus_1", T + 120), T + 120));
  }

  private List<MappedRecord> translateAll(List<Event> events) {
    List<MappedRecord> out = new ArrayList<>();
    events.forEach(e -> out.addAll(translator.translate(e).records()));
    return out;
  }

  @Test
  void shuffledAndDuplicatedEventsMapToTheSameRecords() {
    List<Event> inOrder = history();
    Set<MappedRecord> expected = new HashSet<>(translateAll(inOrder));
    assertThat(expected).hasSize(5);

    for (long seed = 1; seed <= 20; seed++) {
      List<Event> messy = new ArrayList<>(inOrder);
      messy.addAll(inOrder.subList(0, 3));
      Collections.shuffle(messy, new Random(seed));
      List<MappedRecord> again = translateAll(messy);
      assertThat(new HashSet<>(again)).as("seed " + seed).isEqualTo(expected);
      assertThat(again).hasSize(8);
    }
  }
}

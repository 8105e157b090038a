package dev.refsync.stripe.translate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.StripeClient;
import com.stripe.model.Event;
import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.model.Churn;
import dev.refsync.core.model.Payment;
import dev.refsync.core.model.Refund;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.mapper.MappedRecord;
import dev.refsync.mappings.mapper.RecordMapper;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.sandbox.stripe.StripeEndpoints;
import dev.refsync.sandbox.stripe.StripeSeedSpec;
import dev.refsync.stripe.StripeEmulatorFixture;
import dev.refsync.stripe.VendorObject;
import dev.refsync.stripe.error.StripeCalls;
import dev.refsync.stripe.feed.EventCursor;
import dev.refsync.stripe.feed.FeedPage;
import dev.refsync.stripe.feed.StripeBackfill;
import dev.refsync.stripe.feed.StripeEventsFeed;
import dev.refsync.stripe.identity.CustomerIdentity;
import dev.refsync.stripe.identity.CustomerLink;
import dev.refsync.stripe.identity.LinkMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The seeded year of Stripe history, read and translated, matches the emulator's own state. */
class StripeHistoryTranslationIT {
  private final StripeEmulatorFixture f =
      new StripeEmulatorFixture(new StripeSeedSpec(21, 20, 12, 4, 2, 5));
  private final StripeClient client = f.client();
  private final StripeCalls calls = StripeEmulatorFixture.calls();
  private final StripeEventTranslator translator =
      new StripeEventTranslator(
          new RecordMapper(DefaultMappings.load(SystemName.STRIPE)),
          new StripeApiLookups(client, calls),
          new CustomerIdentity(
              "refsync_account_id", DomainNormalizer.withDefaultFreeMailList(), Map.of()));
  private final JsonNode state = f.state();

  @AfterEach
  void stop() {
    f.close();
  }

  private Set<String> stateIds(String collection, Predicate<JsonNode> filter) {
    return StreamSupport.stream(state.get(collection).spliterator(), false)
        .filter(filter)
        .map(n -> n.get("id").asText())
        .collect(Collectors.toSet());
  }

  private static Predicate<JsonNode> status(String s) {
    return n -> s.equals(n.path("status").asText());
  }

  private List<Translation> backfill() {
    List<Translation> out = new ArrayList<>();
    new StripeBackfill(client, calls, f.config()).read(o -> out.add(translator.translate(o)));
    return out;
  }

  private static <T extends Record> List<T> all(List<Translation> ts, Class<T> type) {
    return ts.stream()
        .flatMap(t -> t.records().stream())
        .map(MappedRecord::record)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  @Test
  void theBackfillTranslatesToTheEmulatorsPaymentsRefundsAndChurns() {
    List<Translation> translated = backfill();

    Set<String> paidInvoices = stateIds("invoices", status("paid"));
    assertThat(all(translated, Payment.class))
        .extracting(Payment::id)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(paidInvoices)
        .hasSize(f.seeded.paidInvoices().size());

    Set<String> reversals = new HashSet<>(stateIds("refunds", status("succeeded")));
    reversals.addAll(stateIds("disputes", status("lost")));
    List<Refund> refunds = all(translated, Refund.class);
    assertThat(refunds).extracting(Refund::id).containsExactlyInAnyOrderElementsOf(reversals);
    assertThat(reversals).hasSize(6);
    assertThat(refunds).extracting(Refund::paymentId).allMatch(paidInvoices::contains);

    Map<String, List<String>> subscriptionStates = new HashMap<>();
    state
        .get("subscriptions")
        .forEach(
            s ->
                subscriptionStates
                    .computeIfAbsent(s.get("customer").asText(), c -> new ArrayList<>())
                    .add(s.get("status").asText()));
    Set<String> churned =
        subscriptionStates.entrySet().stream()
            .filter(e -> e.getValue().contains("canceled") && !e.getValue().contains("active"))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    assertThat(all(translated, Churn.class))
        .extracting(Churn::accountId)
        .containsExactlyInAnyOrderElementsOf(churned)
        .hasSize(5);
  }

  @Test
  void aRateLimitBurstOnAListIsSurvivedAndTheBackfillIsComplete() {
    List<Translation> clean = backfill();
    f.stripe.faults().failNext(3, 429, StripeEndpoints.INVOICES_LIST);
    List<Translation> throughFaults = backfill();
    assertThat(f.stripe.faults().pending()).isZero();
    assertThat(all(throughFaults, Payment.class))
        .containsExactlyInAnyOrderElementsOf(all(clean, Payment.class));
  }

  @Test
  void everyCustomerIsLinkedOrSaysWhyNot() {
    List<CustomerLink> links = backfill().stream().flatMap(t -> t.customerLink().stream()).toList();
    assertThat(links).hasSize(20);
    long withMetadata =
        StreamSupport.stream(state.get("customers").spliterator(), false)
            .filter(c -> c.path("metadata").has("refsync_account_id"))
            .count();
    assertThat(links.stream().filter(l -> l.method() == LinkMethod.METADATA))
        .hasSize((int) withMetadata);
    assertThat(links.stream().filter(l -> l.method() == LinkMethod.UNMATCHED))
        .hasSize(20 - (int) withMetadata)
        .allMatch(l -> l.reason().contains("no known account has domain"));
  }

  @Test
  void eventsFromTheFeedMapToTheSameRecordsAsTheBackfillAndTwiceChangesNothing() {
    f.stripe.payInvoice(f.seeded.subscriptionIds().get(0));
    FeedPage page =
        new StripeEventsFeed(client, calls, f.config(), f.clock)
            .read(
                Optional.of(EventCursor.startingAt(f.clock.instant().minus(Duration.ofDays(30)))));
    List<MappedRecord> once = new ArrayList<>();
    for (Event e : page.events()) {
      once.addAll(translator.translate(e).records());
    }
    List<MappedRecord> twice = new ArrayList<>(once);
    for (Event e : page.events()) {
      twice.addAll(translator.translate(e).records());
    }
    assertThat(once).isNotEmpty().doesNotHaveDuplicates();
    assertThat(new HashSet<>(twice)).isEqualTo(new HashSet<>(once));

    // Customers map to Account/Referral records keyed by customer id either way; the money and
    // churn records are the ones that must agree with the list endpoints exactly.
    Set<MappedRecord> fromBackfill =
        backfill().stream().flatMap(t -> t.records().stream()).collect(Collectors.toSet());
    List<MappedRecord> money =
        once.stream()
            .filter(
                r ->
                    r.record() instanceof Payment
                        || r.record() instanceof Refund
                        || r.record() instanceof Churn)
            .toList();
    assertThat(fromBackfill).containsAll(money);

    long paidEvents =
        page.events().stream().filter(e -> e.getType().equals("invoice.paid")).count();
    assertThat(once.stream().filter(r -> r.record() instanceof Payment)).hasSize((int) paidEvents);
    assertThat(paidEvents).isPositive();
  }

  @Test
  void backfilledObjectsKeepTheirRawJson() {
    List<VendorObject> objects = new ArrayList<>();
    new StripeBackfill(client, calls, f.config()).read(objects::add);
    assertThat(objects.stream().map(VendorObject::objectType).distinct())
        .containsExactlyInAnyOrder("customer", "invoice", "refund", "dispute", "subscription");
    assertThat(objects)
        .filteredOn(o -> o.objectType().equals("invoice"))
        .allMatch(o -> o.json().path("parent").path("subscription_details").has("subscription"));
  }
}

package dev.refsync.stripe.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.AccountLink;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.sandbox.core.Json;
import dev.refsync.sandbox.core.SeededRandom;
import dev.refsync.sandbox.stripe.StripeSeedSpec;
import dev.refsync.sandbox.stripe.StripeWebhookSender;
import dev.refsync.stripe.StripeEmulatorFixture;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks signed and sent by the emulator's sender, over HTTP, into {@link
 * StripeRuntime#handleWebhook} and {@code PullStep::ingest}: a bad signature is answered 400 and
 * stores nothing; every event of the account delivered twice in shuffled order changes nothing in a
 * pulled store, and alone builds the same ledger in an empty one.
 */
class StripeWebhookReplayIT {
  private final StripeEmulatorFixture f =
      new StripeEmulatorFixture(new StripeSeedSpec(17, 10, 12, 3, 1, 3));
  private final StripePipeline pulled = new StripePipeline(f);
  private final WebhookEndpoint endpoint = new WebhookEndpoint();
  private final CrmWorld crm = new CrmWorld(f.state());

  @AfterEach
  void stop() {
    endpoint.close();
    pulled.close();
    f.close();
  }

  @Test
  void duplicatedAndShuffledDeliveriesLeaveTheLedgerAsThePullsMadeIt() throws Exception {
    crm.ingest(pulled.pull, f.clock.instant());
    pulled.cycle();
    f.clock.advance(Duration.ofMinutes(5));
    pulled.cycle(); // reads the customer.updated events of the metadata push
    Map<String, BigDecimal> ledger = pulled.ledgerAmounts();
    List<OutboxRow> outbox = pulled.outbox();
    assertThat(ledger).isNotEmpty();
    CanonicalDataset data = dataset(pulled);
    List<AccountLink> links = links(pulled);

    endpoint.target.set(pulled);
    String anEvent = f.stripe.events().get(0).get("id").asText();
    StripeWebhookSender.Delivery forged =
        f.stripe.deliverEvent(endpoint.uri(), "whsec_not_the_endpoint_secret", anEvent);
    assertThat(forged.status()).isEqualTo(400);

    deliverEveryEventTwiceShuffled(11);
    pulled.engine.run();

    assertThat(pulled.ledgerAmounts()).isEqualTo(ledger);
    assertThat(dataset(pulled)).isEqualTo(data);
    assertThat(links(pulled)).isEqualTo(links);
    assertThat(pulled.outbox()).isEqualTo(outbox);
  }

  @Test
  void webhooksAloneBuildTheLedgerTheEventsFeedBuilds() throws Exception {
    crm.ingest(pulled.pull, f.clock.instant());
    pulled.cycle();
    f.clock.advance(Duration.ofMinutes(5));
    pulled.cycle();
    Map<String, BigDecimal> ledger = pulled.ledgerAmounts();

    try (StripePipeline webhooksOnly = new StripePipeline(f)) {
      crm.ingest(webhooksOnly.pull, f.clock.instant());
      endpoint.target.set(webhooksOnly);
      deliverEveryEventTwiceShuffled(23);
      webhooksOnly.engine.run();

      assertThat(webhooksOnly.ledgerAmounts()).isEqualTo(ledger);
      assertThat(dataset(webhooksOnly)).isEqualTo(dataset(pulled));
    }
  }

  @Test
  void aLateDeliveryBringsBackNothingThatANewerOneRemoved() throws Exception {
    endpoint.target.set(pulled);
    long t1 = f.clock.instant().getEpochSecond() - 120;
    ObjectNode customer = Json.object();
    customer.put("id", "cus_gone").put("object", "customer").put("email", "ann@gone.example");
    customer.putObject("metadata").put("refsync_account_id", "acc_gone");
    ObjectNode deleted = Json.object();
    deleted.put("id", "cus_gone").put("object", "customer").put("deleted", true);

    assertThat(send(event("evt_created", "customer.created", t1, customer))).isEqualTo(200);
    assertThat(send(event("evt_deleted", "customer.deleted", t1 + 60, deleted))).isEqualTo(200);
    assertThat(send(event("evt_created", "customer.created", t1, customer))).isEqualTo(200);

    // The payload says the customer exists; Stripe says it does not: nothing is stored.
    assertThat(links(pulled)).extracting(AccountLink::id).doesNotContain("cus_gone");
  }

  private int send(ObjectNode event) throws Exception {
    return f.stripe
        .webhooks()
        .send(endpoint.uri(), StripeEmulatorFixture.WEBHOOK_SECRET, event)
        .status();
  }

  private static ObjectNode event(String id, String type, long created, ObjectNode object) {
    ObjectNode event = Json.object();
    event.put("id", id).put("object", "event").put("type", type).put("created", created);
    event.put("api_version", "2026-07-29.dahlia").put("livemode", false);
    event.putObject("data").set("object", object);
    return event;
  }

  private void deliverEveryEventTwiceShuffled(long seed) throws Exception {
    List<String> ids = new ArrayList<>();
    for (ObjectNode event : f.stripe.events()) {
      ids.add(event.get("id").asText());
      ids.add(event.get("id").asText());
    }
    new SeededRandom(seed).shuffle(ids);
    for (String id : ids) {
      StripeWebhookSender.Delivery delivery =
          f.stripe.deliverEvent(endpoint.uri(), StripeEmulatorFixture.WEBHOOK_SECRET, id);
      assertThat(delivery.status()).as("delivery of %s: %s", id, delivery.body()).isEqualTo(200);
    }
  }

  private static CanonicalDataset dataset(StripePipeline p) {
    return p.store.inTransaction(tx -> tx.snapshots().loadDataset());
  }

  private static List<AccountLink> links(StripePipeline p) {
    return p.store.inTransaction(tx -> tx.snapshots().accountLinks());
  }
}

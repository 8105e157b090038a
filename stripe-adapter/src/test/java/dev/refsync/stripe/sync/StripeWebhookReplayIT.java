package dev.refsync.stripe.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.AccountLink;
import dev.refsync.core.store.OutboxRow;
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
      new StripeEmulatorFixture(new StripeSeedSpec(17, 16, 12, 4, 2, 4));
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

package dev.refsync.deploy.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.store.Store;
import dev.refsync.deploy.demo.DemoConfig;
import dev.refsync.deploy.demo.DemoSandboxes;
import dev.refsync.deploy.demo.DemoWorld;
import dev.refsync.sandbox.hubspot.HubSpotWebhookSender;
import dev.refsync.sandbox.hubspot.WebhookEvent;
import dev.refsync.sandbox.stripe.StripeWebhookSender;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The daemon's webhook routes receive the sandboxes' own signed deliveries over HTTP: HubSpot's
 * v3-signed batches and Stripe's signed events reach the same snapshots a pull writes; a wrong
 * signature is refused (HubSpot 401, Stripe 400) and stores nothing.
 */
class WebhookRoutesIT {
  @TempDir Path dir;
  private DemoSandboxes sandboxes;
  private ConfigurableApplicationContext daemon;
  private String base;

  @BeforeEach
  void start() {
    Clock clock = Clock.systemUTC();
    sandboxes = DemoSandboxes.start(clock);
    DemoWorld.seed(sandboxes, 3, clock);
    daemon =
        RefsyncDaemon.start(
            DemoConfig.write(dir, sandboxes, ""),
            Map.of(
                "server.port",
                "0",
                "management.server.port",
                "0",
                DaemonConfiguration.SCHEDULE_PROPERTY,
                "false"),
            new AdapterConnections());
    base = "http://127.0.0.1:" + daemon.getEnvironment().getProperty("local.server.port");
  }

  @AfterEach
  void stop() {
    daemon.close();
    sandboxes.close();
  }

  @Test
  void hubSpotDeliveriesAreVerifiedAndTheChangedRecordsStoredWhileAForgedOneIsRefused()
      throws Exception {
    List<WebhookEvent> events = sandboxes.hubspot.drainWebhookEvents();
    URI target = URI.create(base + "/webhooks/hubspot/hubspot-main");

    HubSpotWebhookSender.Delivery forged =
        sandboxes.hubspot.webhooks().send(target, "not-the-client-secret", events.subList(0, 1));
    CanonicalDataset afterForged = dataset();
    List<HubSpotWebhookSender.Delivery> deliveries =
        sandboxes.hubspot.webhooks().sendAll(target, DemoSandboxes.HUBSPOT_CLIENT_SECRET, events);

    assertThat(events).isNotEmpty();
    assertThat(forged.status()).isEqualTo(401);
    assertThat(afterForged.referrals()).isEmpty();
    assertThat(afterForged.referrers()).isEmpty();
    assertThat(deliveries).allSatisfy(d -> assertThat(d.status()).isBetween(200, 299));
    assertThat(dataset().referrers()).isNotEmpty();
    assertThat(dataset().referrals()).isNotEmpty();
  }

  @Test
  void stripeEventsAreVerifiedAndStoredOnceHoweverOftenAndInWhateverOrderTheyArrive()
      throws Exception {
    URI target = URI.create(base + "/webhooks/stripe/stripe");
    List<ObjectNode> paid =
        sandboxes.stripe.events().stream()
            .filter(e -> e.path("type").asText().equals("invoice.paid"))
            .limit(20)
            .toList();

    StripeWebhookSender.Delivery forged =
        sandboxes.stripe.webhooks().send(target, "whsec_forged", paid.get(0));
    int afterForged = dataset().payments().size();
    for (ObjectNode event : paid) {
      assertThat(
              sandboxes
                  .stripe
                  .webhooks()
                  .send(target, DemoSandboxes.STRIPE_WEBHOOK_SECRET, event)
                  .status())
          .isBetween(200, 299);
    }
    CanonicalDataset once = dataset();
    for (ObjectNode event : reversed(paid)) {
      sandboxes.stripe.webhooks().send(target, DemoSandboxes.STRIPE_WEBHOOK_SECRET, event);
    }

    assertThat(forged.status()).isEqualTo(400);
    assertThat(afterForged).isZero();
    assertThat(once.payments()).hasSize(paid.size());
    assertThat(dataset()).isEqualTo(once);
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  private CanonicalDataset dataset() {
    return daemon.getBean(Store.class).inTransaction(tx -> tx.snapshots().loadDataset());
  }
}

package dev.refsync.deploy.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.deploy.daemon.config.DaemonSettings;
import dev.refsync.deploy.demo.DemoConfig;
import dev.refsync.deploy.demo.DemoSandboxes;
import dev.refsync.deploy.demo.DemoWorld;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * No secret reaches a log line, a {@code toString} or an error message (DESIGN 11): the daemon runs
 * a full cycle against the sandboxes with Refsync's own logging at DEBUG, a webhook with a forged
 * signature and a failing vendor call, and none of the configured secrets appears in the output.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsNeverLoggedIT {
  private static final String STORE_PASSWORD = "st0re-Passw0rd-7f3a9c";

  @TempDir Path dir;

  @Test
  @SuppressWarnings("unchecked")
  void aFullCycleWithFailuresLogsNoSecret(CapturedOutput output) throws Exception {
    Clock clock = Clock.systemUTC();
    String privateKeyBody;
    String settingsText;
    try (DemoSandboxes sandboxes = DemoSandboxes.start(clock)) {
      DemoWorld.seed(sandboxes, 5, clock);
      privateKeyBody =
          sandboxes.salesforcePrivateKeyPem().lines().skip(3).findFirst().orElseThrow();
      try (ConfigurableApplicationContext daemon =
          RefsyncDaemon.start(
              DemoConfig.write(dir, sandboxes, ""),
              Map.of(
                  "server.port",
                  "0",
                  "management.server.port",
                  "0",
                  DaemonConfiguration.SCHEDULE_PROPERTY,
                  "false",
                  "refsync.store.password",
                  STORE_PASSWORD,
                  "logging.level.dev.refsync",
                  "DEBUG"),
              new AdapterConnections())) {
        settingsText = daemon.getBean(DaemonSettings.class).toString();
        for (ConnectionRuntime c :
            (List<ConnectionRuntime>) daemon.getBean("refsyncConnections", List.class)) {
          c.provisioning().ifPresent(Provisioning::apply);
        }
        ProducerTemplate routes = daemon.getBean(CamelContext.class).createProducerTemplate();
        for (String c : List.of("salesforce-main", "hubspot-main", "stripe")) {
          routes.sendBody("direct:pull-" + c, null);
        }
        routes.sendBody("direct:engine", null);
        // A vendor outage mid-push: every call fails and is logged.
        sandboxes.hubspot.faults().failNext(1_000, 503);
        for (String c : List.of("salesforce-main", "hubspot-main", "stripe")) {
          routes.sendBody("direct:push-" + c, null);
        }
        String base =
            "http://127.0.0.1:" + daemon.getEnvironment().getProperty("local.server.port");
        sandboxes
            .stripe
            .webhooks()
            .send(
                URI.create(base + "/webhooks/stripe/stripe"),
                "whsec_forged",
                sandboxes.stripe.events().get(0));
      }
    }

    String logged = output.getAll() + settingsText;
    assertThat(output.getAll())
        .as("the check must see the daemon's own log lines")
        .contains("Refsync configured with 3 connection(s)")
        .contains("webhook refused");
    assertThat(logged)
        .doesNotContain(DemoSandboxes.HUBSPOT_TOKEN)
        .doesNotContain(DemoSandboxes.HUBSPOT_CLIENT_SECRET)
        .doesNotContain(DemoSandboxes.STRIPE_KEY)
        .doesNotContain(DemoSandboxes.STRIPE_WEBHOOK_SECRET)
        .doesNotContain(STORE_PASSWORD)
        .doesNotContain(privateKeyBody);
  }
}

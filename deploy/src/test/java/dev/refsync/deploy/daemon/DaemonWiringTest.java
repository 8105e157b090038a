package dev.refsync.deploy.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The daemon wires a connection into the route templates: pull, engine and push routes run the
 * pipeline end to end, a webhook route feeds the same snapshots, and health and metrics report it.
 */
class DaemonWiringTest {
  @TempDir Path dir;
  private ConfigurableApplicationContext context;
  private final FakeConnections vendor = new FakeConnections();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    if (context != null) {
      context.close();
    }
  }

  private void start() {
    context =
        RefsyncDaemon.start(
            DaemonFiles.config(dir, ""),
            Map.of(
                "server.port",
                "0",
                "management.server.port",
                "0",
                DaemonConfiguration.SCHEDULE_PROPERTY,
                "false"),
            vendor);
  }

  @Test
  void aCycleThroughTheRoutesPushesTheCommissionOfTheReferredDeal() throws Exception {
    start();
    ProducerTemplate routes = context.getBean(CamelContext.class).createProducerTemplate();

    routes.sendBody("direct:pull-crm", null);
    routes.sendBody("direct:engine", null);
    routes.sendBody("direct:push-crm", null);
    routes.sendBody("direct:push-crm", null);

    assertThat(vendor.pushed)
        .singleElement()
        .satisfies(row -> assertThat(row.item().payload()).isEqualTo("{\"amount\":\"500.00\"}"));
    assertThat(context.getBean(CamelContext.class).getRoutes())
        .extracting(r -> r.getRouteId())
        .contains("pull-crm", "push-crm", "engine", "webhook-crm")
        .noneMatch(id -> id.startsWith("schedule-"));
  }

  @Test
  void healthAndPrometheusReportTheStoreTheConnectionAndWhatMoved() throws Exception {
    start();
    ProducerTemplate routes = context.getBean(CamelContext.class).createProducerTemplate();
    routes.sendBody("direct:pull-crm", null);
    routes.sendBody("direct:engine", null);
    routes.sendBody("direct:push-crm", null);
    String management =
        "http://127.0.0.1:" + context.getEnvironment().getProperty("local.management.port");
    String server = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");

    HttpResponse<String> health = get(management + "/actuator/health");
    HttpResponse<String> liveness = get(server + "/livez");
    HttpResponse<String> readiness = get(server + "/readyz");
    HttpResponse<String> prometheus = get(management + "/actuator/prometheus");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"store\"").contains("\"crm\"").contains("outboxDepth");
    assertThat(liveness.statusCode()).isEqualTo(200);
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(prometheus.body())
        .contains("refsync_records_pulled_total{connection=\"crm\",object=\"records\"} 4.0")
        .contains("refsync_records_pushed_total{connection=\"crm\"} 1.0")
        .contains("refsync_api_requests_total{connection=\"crm\",operation=\"records.list\"} 1.0")
        .contains("refsync_commission_amount{currency=\"USD\",status=\"PAYABLE\"} 500.0");
  }

  @Test
  void aWebhookDeliveryReachesItsConnectionWithTheRawBodyAndTheVendorsStatusGoesBack()
      throws Exception {
    start();
    String server = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(server + "/webhooks/hubspot/crm"))
                .POST(HttpRequest.BodyPublishers.ofString("[{\"objectId\":1}]"))
                .header("Content-Type", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.body()).isEqualTo("{\"accepted\":1}");
    assertThat(vendor.webhookBodies).containsExactly("[{\"objectId\":1}]");
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

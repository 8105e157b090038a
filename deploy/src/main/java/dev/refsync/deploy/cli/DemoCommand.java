package dev.refsync.deploy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.store.Store;
import dev.refsync.deploy.daemon.AdapterConnections;
import dev.refsync.deploy.daemon.ConnectionRuntime;
import dev.refsync.deploy.daemon.DaemonConfiguration;
import dev.refsync.deploy.daemon.Provisioning;
import dev.refsync.deploy.daemon.RefsyncDaemon;
import dev.refsync.deploy.daemon.ops.PipelineObserver;
import dev.refsync.deploy.demo.DemoConfig;
import dev.refsync.deploy.demo.DemoReport;
import dev.refsync.deploy.demo.DemoSandboxes;
import dev.refsync.deploy.demo.DemoWorld;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code refsync demo}: the embedded default (issue #7). Starts the three sandboxes with a seeded
 * referral program, runs the real daemon - its routes, adapters and H2 store - against them over
 * HTTP, and reports what the sandboxes hold afterwards.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs Refsync against local Salesforce, HubSpot and Stripe sandboxes seeded with a referral"
          + " program: no credentials needed.",
      "Each cycle pulls every connection, evaluates attribution and commissions, and pushes the"
          + " results back."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--cycles",
      paramLabel = "N",
      defaultValue = "2",
      description = "Sync cycles to run (default ${DEFAULT-VALUE}); later ones see no new data.")
  int cycles;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Also write the report as JSON, every count read from the sandboxes.")
  Path report;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description = "Seed of the generated data (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      defaultValue = "refsync-data/demo",
      description = "Where the demo keeps its config and H2 store; emptied first.")
  Path dir;

  @Option(
      names = "--serve",
      description =
          "Keep the daemon (on its schedules) and the sandboxes running after the cycles and"
              + " print their URLs; stop with Ctrl-C.")
  boolean serve;

  @Override
  public Integer call() throws Exception {
    if (cycles < 1) {
      throw new ParameterException(spec.commandLine(), "--cycles must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Clock clock = Clock.systemUTC();
    FileSystemUtils.deleteRecursively(dir);
    Files.createDirectories(dir);
    try (DemoSandboxes sandboxes = DemoSandboxes.start(clock)) {
      out.println("Seeding the sandboxes...");
      out.flush();
      DemoWorld.Seeded seeded = DemoWorld.seed(sandboxes, seed, clock);
      out.printf(
          "  HubSpot    %s: %d companies, %d referred contacts%n",
          sandboxes.hubspot.baseUri(), seeded.hubspotCompanies(), seeded.hubspotReferrals());
      out.printf(
          "  Salesforce %s: %d accounts, %d Referral__c%n",
          sandboxes.salesforce.baseUri(),
          seeded.salesforceAccounts(),
          seeded.salesforceReferrals());
      out.printf(
          "  Stripe     %s: %d customers with 12 months of invoices, %d linked to CRM accounts%n",
          sandboxes.stripe.baseUri(), seeded.stripeCustomers(), seeded.linkedCustomers());
      Path config = DemoConfig.write(dir, sandboxes, "");
      Map<String, Object> overrides = new LinkedHashMap<>();
      overrides.put("server.port", serve ? "8080" : "0");
      overrides.put("management.server.port", serve ? "8081" : "0");
      overrides.put(DaemonConfiguration.SCHEDULE_PROPERTY, Boolean.toString(serve));
      overrides.put("logging.level.root", "WARN");
      overrides.put("logging.level.dev.refsync", "WARN");
      try (ConfigurableApplicationContext daemon =
          RefsyncDaemon.start(config, overrides, new AdapterConnections())) {
        provision(daemon, out);
        int failures = runCycles(daemon, sandboxes, out);
        Store store = daemon.getBean(Store.class);
        ObjectNode result = reportBuilder.build(sandboxes, store);
        summarize(result, out);
        if (report != null) {
          DemoReport.write(result, report);
          out.println("Report written to " + report);
        }
        if (serve) {
          serveUntilStopped(daemon, sandboxes, out);
        }
        return failures == 0 ? 0 : 1;
      }
    }
  }

  private final DemoReport reportBuilder = new DemoReport();

  @SuppressWarnings("unchecked")
  private static List<ConnectionRuntime> connections(ConfigurableApplicationContext daemon) {
    return (List<ConnectionRuntime>) daemon.getBean("refsyncConnections");
  }

  /** What `refsync provision` does, for each connection that needs it. */
  private static void provision(ConfigurableApplicationContext daemon, PrintWriter out) {
    for (ConnectionRuntime connection : connections(daemon)) {
      if (connection.provisioning().isEmpty()) {
        continue;
      }
      List<Provisioning.Outcome> outcomes = connection.provisioning().get().apply();
      long created = outcomes.stream().filter(Provisioning.Outcome::created).count();
      out.printf("Provisioned %s: %d created%n", connection.name(), created);
      outcomes.stream()
          .filter(o -> !o.created())
          .forEach(o -> out.printf("  FAILED %s: %s%n", o.description(), o.error()));
    }
  }

  private int runCycles(
      ConfigurableApplicationContext daemon, DemoSandboxes sandboxes, PrintWriter out) {
    ProducerTemplate routes = daemon.getBean(CamelContext.class).createProducerTemplate();
    PipelineObserver observer = daemon.getBean(PipelineObserver.class);
    List<String> names = connections(daemon).stream().map(ConnectionRuntime::name).toList();
    int failures = 0;
    for (int cycle = 1; cycle <= cycles; cycle++) {
      DemoReport.Counters before = DemoReport.Counters.read(sandboxes);
      names.forEach(name -> routes.sendBody("direct:pull-" + name, null));
      routes.sendBody("direct:engine", null);
      names.forEach(name -> routes.sendBody("direct:push-" + name, null));
      DemoReport.Cycle made = reportBuilder.addCycle(before, DemoReport.Counters.read(sandboxes));
      out.printf(
          "Cycle %d: %d Salesforce, %d HubSpot, %d Stripe requests%n",
          cycle,
          made.requests().get("salesforce"),
          made.requests().get("hubspot"),
          made.requests().get("stripe"));
      for (var outcome : observer.outcomes().entrySet()) {
        if (!outcome.getValue().ok()) {
          failures++;
          out.printf("  FAILED %s: %s%n", outcome.getKey(), outcome.getValue().error());
        }
      }
      out.flush();
    }
    return failures;
  }

  private static void summarize(JsonNode report, PrintWriter out) {
    JsonNode ledger = report.path("ledger");
    out.println();
    out.printf(
        "Ledger: %d attributed deals, %d commission entries, totals %s%n",
        ledger.path("attributions").asInt(),
        ledger.path("commissionEntries").asInt(),
        ledger.path("totals"));
    out.printf(
        "Salesforce: %d opportunities show their referral, %d Referral_Commission__c records%n",
        report.path("salesforce").path("opportunitiesWithReferral").asInt(),
        report.path("salesforce").path("commissionRecords").asInt());
    out.printf(
        "HubSpot:    %d deals show their referral, %d referral_commission records%n",
        report.path("hubspot").path("dealsWithReferral").asInt(),
        report.path("hubspot").path("commissionRecords").asInt());
    out.printf(
        "Stripe:     %d customers carry their referral in metadata%n",
        report.path("stripe").path("customersWithReferral").asInt());
    out.println(
        "Explain any deal with: refsync explain --deal ID --config <demo dir>/refsync.yaml");
  }

  private void serveUntilStopped(
      ConfigurableApplicationContext daemon, DemoSandboxes sandboxes, PrintWriter out)
      throws InterruptedException {
    out.println();
    out.println("Serving; stop with Ctrl-C.");
    out.println("  Webhooks    http://localhost:8080/webhooks/{hubspot|stripe}/<connection>");
    out.println("  Health      http://localhost:8080/livez, /readyz");
    out.println("  Prometheus  http://127.0.0.1:8081/actuator/prometheus");
    out.println("  Salesforce  " + sandboxes.salesforce.baseUri());
    out.println("  HubSpot     " + sandboxes.hubspot.baseUri());
    out.println("  Stripe      " + sandboxes.stripe.baseUri());
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "refsync-demo-stop"));
    stopped.await();
  }
}

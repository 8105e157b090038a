package dev.refsync.deploy.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.config.Secret;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.store.DataSources;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.core.store.OutboxStatus;
import dev.refsync.core.store.Store;
import dev.refsync.core.store.StoreConfig;
import dev.refsync.deploy.config.RepositoryRoot;
import dev.refsync.deploy.demo.DemoConfig;
import dev.refsync.deploy.demo.DemoSandboxes;
import dev.refsync.deploy.demo.DemoWorld;
import dev.refsync.sandbox.hubspot.HubSpotEndpoints;
import dev.refsync.sandbox.salesforce.SalesforceEndpoints;
import dev.refsync.sandbox.stripe.StripeEndpoints;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue #7: the daemon, run as its own OS process with every step scheduled each second, is killed
 * with SIGKILL at random moments of a large sync - mid-page, mid-transaction, mid-push - and
 * restarted each time; in the end every expected record is in the sandboxes and in the ledger
 * exactly once. "Expected" is an independent reference sync in this JVM (fresh in-memory store,
 * same adapters, mappings and plans, no push), never the daemon's own store.
 */
class DaemonCrashIT {
  private static final Logger log = LoggerFactory.getLogger(DaemonCrashIT.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final long SEED = 7L;

  /** Kills at random moments of the first sync: pulls, cursors, the engine's transactions. */
  private static final int KILLS_DURING_SYNC = 12;

  /** Sandbox requests between two kills at most: small against one sync of the large world. */
  private static final int MAX_REQUESTS_BETWEEN_KILLS = 90;

  /**
   * Kills once the daemon writes into the CRMs and Stripe: each a random 0 to {@link
   * #MAX_REQUESTS_INTO_WRITES} requests after the restarted daemon's first write request. Random
   * request counts alone end before the first write, as the sync of the large world takes more
   * requests than a dozen kills apart, and the CRM writes are a few batch requests.
   */
  private static final int KILLS_DURING_WRITES = 8;

  private static final int MAX_REQUESTS_INTO_WRITES = 4;

  /** The endpoints Refsync writes through (sandbox endpoint names). */
  private static final Set<String> HUBSPOT_WRITES =
      Set.of(
          HubSpotEndpoints.BATCH_CREATE,
          HubSpotEndpoints.BATCH_UPDATE,
          HubSpotEndpoints.BATCH_UPSERT,
          HubSpotEndpoints.ASSOCIATIONS_BATCH_CREATE);

  private static final Set<String> SALESFORCE_WRITES =
      Set.of(
          SalesforceEndpoints.COLLECTIONS_CREATE,
          SalesforceEndpoints.COLLECTIONS_UPDATE,
          SalesforceEndpoints.COLLECTIONS_UPSERT);

  private static final Set<String> STRIPE_WRITES = Set.of(StripeEndpoints.CUSTOMERS_UPDATE);

  /**
   * Four times the demo in the CRMs (many pages, engine runs of thousands of records, push
   * batches); the demo's Stripe account, whose backfill is one unit of work (see the report of this
   * test).
   */
  private static final DemoWorld.Size LARGE = new DemoWorld.Size(480, 1_920, 960, 120, 240);

  private static final String EVERY_SECOND =
      """
      logging.level.dev.refsync: INFO
      refsync.schedule.pull: "* * * * * ?"
      refsync.schedule.engine: "* * * * * ?"
      refsync.schedule.push: "* * * * * ?"
      """;

  @TempDir Path dir;

  @Test
  void killedAtRandomMomentsTheDaemonEndsWithEveryRecordExactlyOnce() throws Exception {
    Clock clock = Clock.systemUTC();
    Path jar = RepositoryRoot.find().resolve("deploy/target/refsync.jar");
    Path daemonLog = dir.resolve("daemon.log");
    try (DemoSandboxes sandboxes = DemoSandboxes.start(clock)) {
      DemoWorld.Seeded seeded = DemoWorld.seed(sandboxes, SEED, clock, LARGE);
      Path config =
          DemoConfig.write(
              dir, sandboxes, "server.port: 0\nmanagement.server.port: 0\n" + EVERY_SECOND);
      ReferenceSync.Expected expected;
      try (ReferenceSync reference = new ReferenceSync(config, clock)) {
        reference.provision();
        expected = reference.run();
      }
      log.info("Seeded {}; the reference expects {}", seeded, sizes(expected));
      assertThat(expected.hubspotEntries()).as("HubSpot commission entries").hasSizeGreaterThan(50);
      assertThat(expected.salesforceEntries())
          .as("Salesforce commission entries")
          .hasSizeGreaterThan(10);
      assertThat(expected.customers()).as("Stripe customers with a referral").isNotEmpty();

      Random random = new Random(SEED);
      DaemonProcess daemon = DaemonProcess.start(jar, config, daemonLog);
      for (int kill = 1; kill <= KILLS_DURING_SYNC; kill++) {
        long target = requests(sandboxes) + 1 + random.nextInt(MAX_REQUESTS_BETWEEN_KILLS);
        awaitRequest(sandboxes, daemon, target, "kill " + kill);
        daemon = killAndRestart(daemon, sandboxes, expected, kill, jar, config, daemonLog);
      }
      int killedMidWrite = 0;
      for (int kill = KILLS_DURING_SYNC + 1;
          kill <= KILLS_DURING_SYNC + KILLS_DURING_WRITES;
          kill++) {
        if (SandboxContents.read(sandboxes).written() >= expected.writes()) {
          break;
        }
        long before = writeRequests(sandboxes);
        DaemonProcess running = daemon;
        await("a write request before kill " + kill)
            .atMost(Duration.ofSeconds(180))
            .pollInterval(Duration.ofMillis(5))
            .until(() -> writeRequests(sandboxes) > before || !running.isAlive());
        long target = requests(sandboxes) + random.nextInt(MAX_REQUESTS_INTO_WRITES + 1);
        awaitRequest(sandboxes, daemon, target, "kill " + kill);
        daemon = killAndRestart(daemon, sandboxes, expected, kill, jar, config, daemonLog);
        if (SandboxContents.read(sandboxes).written() < expected.writes()) {
          killedMidWrite++;
        }
      }
      // What makes this test about paying once: at least one kill cut the writes short.
      assertThat(killedMidWrite).as("kills while the daemon was writing").isPositive();
      daemon.kill();

      // The last run: ports the test can read the store's health on, the outbox depth in it.
      int management = freePort();
      DemoConfig.write(
          dir,
          sandboxes,
          "server.port: %d\nmanagement.server.port: %d\n".formatted(freePort(), management)
              + EVERY_SECOND);
      DaemonProcess last = DaemonProcess.start(jar, config, daemonLog);
      try {
        await("the daemon to finish the sync")
            .atMost(Duration.ofMinutes(6))
            .pollInterval(Duration.ofSeconds(2))
            .failFast("the daemon died", () -> !last.isAlive())
            .until(
                () ->
                    SandboxContents.read(sandboxes).holdsAtLeast(expected)
                        && outboxDepth(management) == 0);
      } catch (ConditionTimeoutException e) {
        throw new AssertionError(
            "the daemon did not finish: "
                + SandboxContents.read(sandboxes).summary(expected)
                + ", outbox depth "
                + outboxDepth(management)
                + "; its log ends:\n"
                + last.logTail(40),
            e);
      }
      // The JVM ends a SIGTERM with 143 (128 + 15) once Spring's graceful shutdown has run.
      assertThat(last.stop()).as("exit code of the graceful stop").isIn(0, 143);

      assertStore(dir.resolve("store/refsync"), clock, expected);
      assertSandboxes(SandboxContents.read(sandboxes), expected);
    }
  }

  /** The daemon's H2 file, opened after it stopped: one entry per expected id, outbox drained. */
  private static void assertStore(Path file, Clock clock, ReferenceSync.Expected expected) {
    String url = "jdbc:h2:file:" + file.toAbsolutePath().toString().replace('\\', '/');
    try (HikariDataSource dataSource =
        DataSources.create(new StoreConfig(url, "sa", Secret.of(""), 1))) {
      Store store = new Store(dataSource, clock);
      List<CommissionEntry> ledger = store.inTransaction(tx -> tx.ledger().entries());
      List<OutboxRow> outbox = store.inTransaction(tx -> tx.outbox().all());
      assertThat(duplicates(ledger.stream().map(CommissionEntry::id).toList()))
          .as("ledger entry ids stored more than once")
          .isEmpty();
      List<CommissionEntry> unexpected =
          ledger.stream().filter(e -> !expected.entryIds().contains(e.id())).toList();
      assertThat(unexpected).as("ledger entries the reference does not have").isEmpty();
      assertThat(ledger.stream().map(CommissionEntry::id).collect(Collectors.toSet()))
          .as("the daemon's ledger entry ids")
          .isEqualTo(expected.entryIds());
      assertThat(outbox.stream().filter(r -> r.status() != OutboxStatus.DONE).toList())
          .as("outbox rows not pushed")
          .isEmpty();
    }
  }

  private static void assertSandboxes(SandboxContents found, ReferenceSync.Expected expected) {
    assertThat(duplicates(found.hubspotCommissions()))
        .as("referral_commission records sharing a refsync_id")
        .isEmpty();
    assertThat(found.hubspotCommissions().keySet())
        .as("refsync_id of the HubSpot referral_commission records")
        .isEqualTo(expected.hubspotEntries().keySet());
    assertThat(duplicates(found.salesforceCommissions()))
        .as("Referral_Commission__c records sharing a Refsync_Id__c")
        .isEmpty();
    assertThat(found.salesforceCommissions().keySet())
        .as("Refsync_Id__c of the Salesforce Referral_Commission__c records")
        .isEqualTo(expected.salesforceEntries().keySet());
    assertThat(found.hubspotDealReferrals().keySet())
        .as("HubSpot deals carrying refsync_referral_id")
        .isEqualTo(expected.hubspotDeals());
    assertThat(found.opportunityReferrals().keySet())
        .as("opportunities carrying Referral_Id__c")
        .isEqualTo(expected.opportunities());
    assertThat(found.customerReferrals().keySet())
        .as("Stripe customers carrying refsync_referral_id metadata")
        .isEqualTo(expected.customers());
  }

  private static Set<String> duplicates(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> duplicates(List<String> ids) {
    return duplicates(
        ids.stream().collect(Collectors.toMap(Function.identity(), id -> 1, Integer::sum)));
  }

  private static void awaitRequest(
      DemoSandboxes sandboxes, DaemonProcess daemon, long target, String what) {
    await("sandbox request " + target + " before " + what)
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> requests(sandboxes) >= target || !daemon.isAlive());
    assertThat(daemon.isAlive())
        .as("the daemon died on its own before %s:%n%s", what, daemon.logTail(60))
        .isTrue();
  }

  /** SIGKILL, a line of progress in the test's log, and a new daemon on the same store. */
  private static DaemonProcess killAndRestart(
      DaemonProcess daemon,
      DemoSandboxes sandboxes,
      ReferenceSync.Expected expected,
      int kill,
      Path jar,
      Path config,
      Path daemonLog) {
    daemon.kill();
    log.info(
        "Kill {} of {} at sandbox request {}: {}",
        kill,
        KILLS_DURING_SYNC + KILLS_DURING_WRITES,
        requests(sandboxes),
        SandboxContents.read(sandboxes).summary(expected));
    return DaemonProcess.start(jar, config, daemonLog);
  }

  private static long writeRequests(DemoSandboxes sandboxes) {
    return count(sandboxes.hubspot.requestCounts(), HUBSPOT_WRITES)
        + count(sandboxes.salesforce.requestCounts(), SALESFORCE_WRITES)
        + count(sandboxes.stripe.requestCounts(), STRIPE_WRITES);
  }

  private static long count(Map<String, Long> counts, Set<String> endpoints) {
    return endpoints.stream().mapToLong(e -> counts.getOrDefault(e, 0L)).sum();
  }

  private static long requests(DemoSandboxes sandboxes) {
    return sandboxes.hubspot.totalRequests()
        + sandboxes.salesforce.totalRequests()
        + sandboxes.stripe.totalRequests();
  }

  /** The pending outbox rows as the daemon's store health reports them; -1 until it answers. */
  private static long outboxDepth(int managementPort) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://127.0.0.1:" + managementPort + "/actuator/health/store"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      JsonNode body = JSON.readTree(response.body());
      return body.path("details").path("outboxDepth").asLong(-1);
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String sizes(ReferenceSync.Expected e) {
    return "%d ledger entries (%d on HubSpot deals, %d on opportunities), %d HubSpot deals and %d"
            .formatted(
                e.entryIds().size(),
                e.hubspotEntries().size(),
                e.salesforceEntries().size(),
                e.hubspotDeals().size(),
                e.opportunities().size())
        + " opportunities attributed, %d Stripe customers".formatted(e.customers().size());
  }
}

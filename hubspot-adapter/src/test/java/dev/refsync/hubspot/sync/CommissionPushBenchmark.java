package dev.refsync.hubspot.sync;

import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.config.Secret;
import dev.refsync.core.store.DataSources;
import dev.refsync.core.store.Migrations;
import dev.refsync.core.store.OutboxItem;
import dev.refsync.core.store.Store;
import dev.refsync.core.store.StoreConfig;
import dev.refsync.core.sync.PullStep;
import dev.refsync.core.sync.PushPolicy;
import dev.refsync.core.sync.PushReport;
import dev.refsync.core.sync.PushStep;
import dev.refsync.hubspot.HubSpotConfig;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.sandbox.core.MutableClock;
import dev.refsync.sandbox.hubspot.HubSpotEmulator;
import dev.refsync.sandbox.hubspot.SeedSpec;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Prints how many requests, and how much time under HubSpot's Professional limit (190 per rolling
 * 10 s), pushing 10,000 commission records takes. Not a test: it measures and prints (README,
 * Benchmark).
 *
 * <p>Everything runs over real HTTP against the emulator, whose rolling-window limiter sends the
 * real {@code X-HubSpot-RateLimit-*} headers and 429s. The emulator's clock is a {@link
 * MutableClock} that the client's {@code Pause} advances, so "time" is the simulated time the
 * limits impose (HTTP itself takes none of it); wall time is printed for information.
 *
 * <p>Scenario A: 10,000 attributed deals, each with one ledger entry: 10,000 deal updates, 10,000
 * commission upserts, 10,000 associations. Scenario B: the 10,000 commissions and their
 * associations alone.
 */
public final class CommissionPushBenchmark {
  private static final String TOKEN = "pat-na1-benchmark-0123456789";
  private static final int RECORDS = 10_000;
  private static final int LIMIT = 190;
  private static final Duration WINDOW = Duration.ofSeconds(10);

  private CommissionPushBenchmark() {}

  public static void main(String[] args) {
    System.out.println(
        "Refsync HubSpot push benchmark: "
            + RECORDS
            + " commission records, "
            + LIMIT
            + " requests per rolling "
            + WINDOW.toSeconds()
            + " s (emulator, simulated time)");
    run("A: deals + commissions + associations", true);
    run("B: commissions + associations", false);
  }

  private static void run(String name, boolean withDeals) {
    MutableClock clock = new MutableClock(Instant.parse("2026-05-04T09:00:00Z"));
    try (HubSpotEmulator hubspot =
            HubSpotEmulator.start(
                dev.refsync.sandbox.hubspot.HubSpotConfig.defaults(TOKEN, clock)
                    .withTenSecondlyLimit(LIMIT));
        HikariDataSource dataSource =
            DataSources.create(
                new StoreConfig(
                    "jdbc:h2:mem:bench-" + UUID.randomUUID(), "sa", Secret.of(""), 2))) {
      Migrations.migrate(dataSource);
      Store store = new Store(dataSource, clock);
      HubSpotConfig config =
          HubSpotConfig.defaults(Secret.of(TOKEN))
              .withBaseUrl(URI.create(hubspot.baseUri().toString()));
      try (HubSpotRuntime runtime =
          HubSpotRuntime.create(
              "hubspot-main",
              config,
              DefaultMappings.load(SystemName.HUBSPOT),
              clock,
              clock::advance,
              new SplittableRandom(1))) {
        hubspot.seed(new SeedSpec(1L, 500, 1_000, RECORDS));
        runtime.provision();
        new PullStep(store, 1_000).pull(runtime.source(), "deals");
        List<OutboxItem> items = SyntheticWriteBack.plan(runtime, store, clock.instant());
        List<OutboxItem> pushed =
            withDeals
                ? items
                : items.stream().filter(i -> !i.targetType().equals("deals")).toList();
        store.inTransaction(
            tx -> {
              tx.outbox().enqueueAll(pushed);
              return null;
            });

        Map<String, Long> before = hubspot.requestCounts();
        Instant start = clock.instant();
        long wallStart = System.nanoTime();
        PushReport report =
            new PushStep(store, PushPolicy.defaults(), clock).push(runtime.pusher());
        long wallMillis = (System.nanoTime() - wallStart) / 1_000_000;
        Duration simulated = Duration.between(start, clock.instant());
        Map<String, Long> delta = new TreeMap<>();
        hubspot
            .requestCounts()
            .forEach(
                (k, v) -> {
                  long d = v - before.getOrDefault(k, 0L);
                  if (d > 0) {
                    delta.put(k, d);
                  }
                });
        long sent = delta.values().stream().mapToLong(Long::longValue).sum();
        long batches =
            delta.getOrDefault("objects.batch.update", 0L)
                + delta.getOrDefault("objects.batch.upsert", 0L)
                + delta.getOrDefault("associations.batch.create", 0L);
        long minimal =
            (withDeals ? ceil(RECORDS, 100) : 0) + ceil(RECORDS, 100) + ceil(RECORDS, 2_000);
        // The tightest bound the limit allows: request k (0-based) cannot go before
        // floor(k / 190) windows have passed.
        Duration allowed = WINDOW.multipliedBy((sent - 1) / LIMIT);
        Duration throughput = Duration.ofMillis(sent * WINDOW.toMillis() / LIMIT);

        System.out.println();
        System.out.println("Scenario " + name);
        System.out.println(
            "  rows pushed              "
                + report.pushed()
                + " in "
                + report.batches()
                + " batches, "
                + report.retried()
                + " to retry, "
                + report.deadLettered()
                + " dead");
        System.out.println("  requests by endpoint     " + delta);
        System.out.printf(
            "  batch requests           %d, minimal %d -> %.4f x minimal%n",
            batches, minimal, (double) batches / minimal);
        System.out.printf(
            "  all requests             %d (incl. %d one-time metadata reads) -> %.4f x minimal%n",
            sent, sent - batches, (double) sent / minimal);
        System.out.println(
            "  429 answers              " + runtime.metrics().rateLimitedResponses());
        System.out.printf(
            "  simulated time           %.3f s; the limit allows %.3f s for %d requests"
                + " (floor((n-1)/190) x 10 s) -> %s%n",
            seconds(simulated),
            seconds(allowed),
            sent,
            allowed.isZero()
                ? (simulated.isZero() ? "both 0: every request fits in the first window" : "over")
                : String.format("%.4f x", seconds(simulated) / seconds(allowed)));
        System.out.printf(
            "  at the limit's rate      %.3f s (n x 10 s / 190) -> %.4f x%n",
            seconds(throughput), seconds(simulated) / seconds(throughput));
        System.out.println("  wall time                " + wallMillis + " ms");
        System.out.println("  commission records       " + commissionCount(hubspot));
      }
    }
  }

  private static long commissionCount(HubSpotEmulator hubspot) {
    String dump = hubspot.stateDump();
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(dump)
          .path("objects")
          .path("referral_commission")
          .size();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long ceil(long n, long per) {
    return (n + per - 1) / per;
  }

  private static double seconds(Duration d) {
    return d.toMillis() / 1000.0;
  }
}

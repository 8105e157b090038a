package dev.refsync.deploy.cli;

import dev.refsync.core.port.ExclusiveRunner;
import dev.refsync.core.port.SourceConnector;
import dev.refsync.core.store.Cursor;
import dev.refsync.core.store.Store;
import dev.refsync.core.sync.EngineRunReport;
import dev.refsync.core.sync.Pipeline;
import dev.refsync.core.sync.PullReport;
import dev.refsync.core.sync.PullStep;
import dev.refsync.core.sync.PushReport;
import dev.refsync.deploy.daemon.ConnectionRuntime;
import dev.refsync.deploy.daemon.DaemonConfiguration;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code refsync backfill --since DATE}: re-reads every record changed since a date, then evaluates
 * and pushes, as one daemon cycle would. Each source says where its cursor restarts ({@link
 * SourceConnector#backfillCursor}): the CRMs from the date, Stripe and the periodic scans from
 * their beginning (Stripe's events feed only reaches 30 days back, VENDOR-FACTS). What was already
 * stored is upserted, never duplicated.
 */
@Command(
    name = "backfill",
    mixinStandardHelpOptions = true,
    description = {
      "Re-reads everything changed since DATE from every connection (with a progress bar), then"
          + " evaluates and pushes.",
      "Safe to repeat and to interrupt: records are upserted and cursors committed per page."
    })
final class BackfillCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--since",
      required = true,
      paramLabel = "DATE",
      description = "First day to re-read, e.g. 2026-01-01 (UTC).")
  LocalDate since;

  @Mixin ConfigOption configOption;

  @Option(names = "--no-push", description = "Re-read and evaluate, but push nothing yet.")
  boolean noPush;

  private Store store;
  private PullStep pull;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant from = since.atStartOfDay(ZoneOffset.UTC).toInstant();
    try (DaemonSession session = DaemonSession.open(configOption.file)) {
      store = session.bean(Store.class);
      pull = session.bean(PullStep.class);
      ExclusiveRunner exclusive = session.bean(ExclusiveRunner.class);
      long records = 0;
      try (ProgressBar bar =
          new ProgressBarBuilder()
              .setTaskName("Backfill")
              .setStyle(ProgressBarStyle.ASCII)
              .setInitialMax(-1)
              .setUnit(" records", 1)
              .build()) {
        for (ConnectionRuntime connection : session.connections()) {
          Optional<Long> read =
              exclusive.tryRun("pull:" + connection.name(), () -> backfill(connection, from, bar));
          if (read.isEmpty()) {
            err.println(
                connection.name()
                    + " is being pulled by a running daemon right now; run the backfill again in"
                    + " a moment");
            return 1;
          }
          records += read.get();
        }
      }
      Pipeline pipeline = session.bean(Pipeline.class);
      EngineRunReport engine = pipeline.evaluate();
      out.printf(
          "Re-read %d records since %s; %d deals attributed, %d ledger entries appended%n",
          records, since, engine.attributions(), engine.appended());
      if (!noPush) {
        for (ConnectionRuntime connection : session.connections()) {
          PushReport pushed = pipeline.push(connection.name());
          out.printf(
              "Pushed %s: %d written, %d to retry, %d dead-lettered%n",
              connection.name(), pushed.pushed(), pushed.retried(), pushed.deadLettered());
        }
      }
      return 0;
    } catch (DaemonSession.CommandFailure e) {
      err.println(e.getMessage());
      return e.exitCode();
    }
  }

  /** Re-reads one connection; returns the records read. */
  private long backfill(ConnectionRuntime connection, Instant from, ProgressBar bar) {
    SourceConnector source = connection.source();
    long records = 0;
    for (String objectType : source.objectTypes()) {
      Optional<Cursor> restart = source.backfillCursor(objectType, from);
      store.inTransaction(tx -> tx.cursors().rewind(connection.name(), objectType, restart));
      bar.setExtraMessage(connection.name() + " " + objectType);
      PullReport report;
      do {
        report = pull.pull(source, objectType);
        bar.stepBy(report.records());
        records += report.records();
      } while (report.pages() == DaemonConfiguration.PULL_PAGES_PER_CALL);
    }
    return records;
  }
}

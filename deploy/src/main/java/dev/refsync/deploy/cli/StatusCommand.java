package dev.refsync.deploy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.model.AccountLink;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.store.OutboxStatus;
import dev.refsync.core.store.StoredCursor;
import dev.refsync.core.store.StoredDeadLetter;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code refsync status}: where a deployment stands, read from its state store (DESIGN 9): pull
 * cursors and their lag, the outbox, pending dead letters, unmatched Stripe customers and the
 * ledger totals. Reads only; exit 0, 1 when the store cannot be opened, 2 on a usage or config
 * error.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Show where the deployment stands: pull cursors and their lag, outbox rows by status,"
          + " pending dead letters, Stripe customers matched to no CRM account, and ledger"
          + " totals by currency and status.",
      "Reads the store named in the config file; changes nothing."
    })
final class StatusCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin ConfigOption config;

  @Option(names = "--json", description = "Print JSON for scripts and monitoring.")
  boolean json;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description =
          "Compute lags, ages and ledger statuses at this instant, ISO-8601 (default: now).")
  Instant asOf;

  @Override
  public Integer call() throws Exception {
    Instant at = asOf == null ? Clock.systemUTC().instant() : asOf;
    StatusReport report;
    try (CliStore store = CliStore.open(config.file, Clock.systemUTC())) {
      report = store.store().inTransaction(tx -> StatusReport.read(tx, at));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(CliJson.MAPPER.writeValueAsString(toJson(report)));
    } else {
      printText(report, out);
    }
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  private static void printText(StatusReport report, PrintWriter out) {
    Instant now = report.asOf();
    out.println("Refsync status as of " + Formats.instant(now));

    out.println();
    out.println("Pull cursors");
    if (report.cursors().isEmpty()) {
      out.println("  none yet: no pull has committed");
    } else {
      TextTable cursors = new TextTable("CONNECTION", "OBJECT", "CURSOR TIME", "CURSOR ID", "LAG");
      for (StoredCursor c : report.cursors()) {
        cursors.row(
            c.connectionName(),
            c.objectType(),
            Formats.instant(c.cursor().time()),
            c.cursor().id(),
            Formats.age(c.cursor().time(), now));
      }
      cursors.print(out);
    }

    out.println();
    out.println("Outbox");
    if (report.outbox().isEmpty()) {
      out.println("  empty: nothing was queued for the CRMs yet");
    } else {
      TextTable outbox =
          new TextTable("CONNECTION", "TARGET", "PENDING", "DONE", "DEAD", "OLDEST PENDING");
      for (StatusReport.OutboxTarget t : report.outbox()) {
        outbox.row(
            t.connection(),
            t.targetType(),
            t.rows().get(OutboxStatus.PENDING),
            t.rows().get(OutboxStatus.DONE),
            t.rows().get(OutboxStatus.DEAD),
            t.oldestPending() == null ? "-" : Formats.age(t.oldestPending(), now));
      }
      outbox.print(out);
    }

    out.println();
    out.println("Dead letters: " + report.deadLettersPending() + " pending");
    if (!report.recentDeadLetters().isEmpty()) {
      if (report.deadLettersPending() > report.recentDeadLetters().size()) {
        out.println(
            "  the "
                + report.recentDeadLetters().size()
                + " most recent (all: refsync dead-letters list)");
      }
      TextTable letters = new TextTable("ID", "WHEN", "CONNECTION", "OBJECT", "RECORD", "ERROR");
      for (StoredDeadLetter d : report.recentDeadLetters()) {
        letters.row(
            d.id(),
            Formats.instant(d.letter().at()),
            d.letter().system(),
            d.letter().objectType(),
            d.letter().recordId(),
            Formats.shorten(d.letter().error(), 100));
      }
      letters.print(out);
    }

    out.println();
    out.println("Unmatched Stripe customers: " + report.unmatched().size());
    if (!report.unmatched().isEmpty()) {
      out.println("  their payments earn nothing until they match an account");
      TextTable unmatched = new TextTable("CUSTOMER", "EMAIL", "DOMAIN", "WHY");
      for (UnmatchedCustomers.Unmatched u : report.unmatched()) {
        AccountLink link = u.link();
        unmatched.row(link.id(), link.email(), link.domain(), u.why());
      }
      unmatched.print(out);
    }

    out.println();
    out.println("Ledger (net amounts by status as of " + Formats.instant(now) + ")");
    if (report.ledger().isEmpty()) {
      out.println("  no entries yet");
    } else {
      TextTable ledger = new TextTable("CURRENCY", "HELD", "PAYABLE", "PAID", "TOTAL");
      report
          .ledger()
          .forEach(
              (currency, byStatus) ->
                  ledger.row(
                      currency,
                      byStatus.get(EntryStatus.HELD).toPlainString(),
                      byStatus.get(EntryStatus.PAYABLE).toPlainString(),
                      byStatus.get(EntryStatus.PAID).toPlainString(),
                      LedgerTotals.total(byStatus).toPlainString()));
      ledger.print(out);
    }
  }

  private static ObjectNode toJson(StatusReport report) {
    Instant now = report.asOf();
    ObjectNode root = CliJson.MAPPER.createObjectNode();
    root.put("asOf", now.toString());
    ArrayNode cursors = root.putArray("cursors");
    for (StoredCursor c : report.cursors()) {
      cursors
          .addObject()
          .put("connection", c.connectionName())
          .put("objectType", c.objectType())
          .put("cursorTime", c.cursor().time().toString())
          .put("cursorId", c.cursor().id())
          .put("lagSeconds", seconds(c.cursor().time(), now))
          .put("lag", Formats.age(c.cursor().time(), now))
          .put("updatedAt", c.updatedAt().toString());
    }
    ArrayNode outbox = root.putArray("outbox");
    for (StatusReport.OutboxTarget t : report.outbox()) {
      ObjectNode target =
          outbox.addObject().put("connection", t.connection()).put("targetType", t.targetType());
      t.rows().forEach((status, rows) -> target.put(status.name().toLowerCase(Locale.ROOT), rows));
      if (t.oldestPending() != null) {
        target.put("oldestPendingEnqueuedAt", t.oldestPending().toString());
        target.put("oldestPendingAgeSeconds", seconds(t.oldestPending(), now));
      }
    }
    ObjectNode deadLetters = root.putObject("deadLetters");
    deadLetters.put("pending", report.deadLettersPending());
    ArrayNode recent = deadLetters.putArray("recent");
    report.recentDeadLetters().forEach(d -> recent.add(DeadLettersCommand.toJson(d)));
    ArrayNode unmatched = root.putArray("unmatchedStripeCustomers");
    for (UnmatchedCustomers.Unmatched u : report.unmatched()) {
      unmatched
          .addObject()
          .put("id", u.link().id())
          .put("email", u.link().email())
          .put("domain", u.link().domain())
          .put("metadataAccountId", u.link().accountId())
          .put("why", u.why());
    }
    ObjectNode ledger = root.putObject("ledger");
    report
        .ledger()
        .forEach(
            (currency, byStatus) -> {
              ObjectNode totals = ledger.putObject(currency);
              byStatus.forEach(
                  (status, amount) -> totals.put(status.name(), amount.toPlainString()));
              totals.put("total", LedgerTotals.total(byStatus).toPlainString());
            });
    return root;
  }

  private static long seconds(Instant then, Instant now) {
    return Math.max(0, Duration.between(then, now).toSeconds());
  }
}

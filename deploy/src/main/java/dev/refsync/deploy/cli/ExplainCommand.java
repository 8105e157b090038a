package dev.refsync.deploy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Credit;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.Rejection;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code refsync explain --deal ID}: one deal as a rep or revops reads it (DESIGN 4 and 5): who was
 * credited and why, who was rejected and why, and every commission entry with its current status.
 * Reads only. Exit 0; 1 when the store has never heard of the deal or cannot be opened; 2 on a
 * usage or config error.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explain one deal: its attribution (model, credited referrals and shares), the trail of"
          + " rules that decided it, the rejected candidates, and every commission entry with"
          + " its current status, then the totals per referrer.",
      "Exit 0; 1 when the store has never heard of the deal."
    })
final class ExplainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin ConfigOption config;

  @Option(
      names = "--deal",
      required = true,
      paramLabel = "ID",
      description = "The deal's canonical id, e.g. the Salesforce opportunity id.")
  String dealId;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description = "Give each entry's status at this instant, ISO-8601 (default: now).")
  Instant asOf;

  @Override
  public Integer call() throws Exception {
    Instant at = asOf == null ? Clock.systemUTC().instant() : asOf;
    DealExplanation explanation;
    try (CliStore store = CliStore.open(config.file, Clock.systemUTC())) {
      explanation = store.store().inTransaction(tx -> DealExplanation.read(tx, dealId, at));
    }
    if (explanation.unknown()) {
      throw new CommandFailure(
          CommandLine.ExitCode.SOFTWARE,
          "No deal "
              + dealId
              + " in the store: it was never synced, or was deleted before any engine run."
              + " Check the id (refsync explain takes the CRM's deal or opportunity id).");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(CliJson.MAPPER.writeValueAsString(toJson(explanation)));
    } else {
      printText(explanation, out);
    }
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  private static void printText(DealExplanation e, PrintWriter out) {
    out.println(headline(e));

    out.println();
    if (e.attribution().isEmpty()) {
      out.println(
          "No attribution: no referral is credited on this deal"
              + (e.deal().isPresent() && !e.deal().get().isClosedWon()
                  ? " (only closed-won deals are attributed)."
                  : "."));
    } else {
      Attribution a = e.attribution().get();
      out.println("Attribution: " + a.model());
      TextTable credits = new TextTable("REFERRAL", "REFERRER", "SHARE");
      for (Credit c : a.credits()) {
        credits.row(c.referralId(), e.referrer(c.referrerId()), Formats.percent(c.share()));
      }
      credits.print(out);
      if (!a.trail().isEmpty()) {
        out.println();
        out.println("How it was decided");
        a.trail().forEach(line -> out.println("  - " + line));
      }
    }

    if (!e.rejections().isEmpty()) {
      out.println();
      out.println("Rejected candidates");
      TextTable rejections = new TextTable("REFERRAL", "REASON", "DETAIL");
      for (Rejection r : e.rejections()) {
        rejections.row(r.referralId(), r.reason(), r.detail());
      }
      rejections.print(out);
    }

    out.println();
    if (e.entries().isEmpty()) {
      out.println("No commission entries on this deal.");
      return;
    }
    out.println("Commission entries (status as of " + Formats.instant(e.asOf()) + ")");
    for (CommissionEntry c : e.entries()) {
      out.println(
          "  "
              + c.kind()
              + " "
              + c.amount().toPlainString()
              + " "
              + c.currency()
              + " to "
              + e.referrer(c.referrerId())
              + ", plan "
              + c.planId()
              + ": "
              + c.status());
      out.println(
          "    earned "
              + Formats.instant(c.earnedAt())
              + ", payable "
              + Formats.instant(c.payableAt())
              + (c.paymentId() == null ? "" : ", on payment " + c.paymentId())
              + ", entry "
              + c.id());
      if (c.explanation() != null) {
        out.println("    " + c.explanation());
      }
    }

    out.println();
    out.println("Totals per referrer");
    TextTable totals = new TextTable("REFERRER", "CURRENCY", "HELD", "PAYABLE", "PAID", "TOTAL");
    e.totalsByReferrer()
        .forEach(
            (referrer, byCurrency) ->
                byCurrency.forEach(
                    (currency, byStatus) ->
                        totals.row(
                            e.referrer(referrer),
                            currency,
                            byStatus.get(EntryStatus.HELD).toPlainString(),
                            byStatus.get(EntryStatus.PAYABLE).toPlainString(),
                            byStatus.get(EntryStatus.PAID).toPlainString(),
                            LedgerTotals.total(byStatus).toPlainString())));
    totals.print(out);
  }

  private static String headline(DealExplanation e) {
    if (e.deal().isEmpty()) {
      return "Deal " + e.dealId() + " (no longer in the synced data: deleted at its source?)";
    }
    Deal d = e.deal().get();
    StringBuilder line = new StringBuilder("Deal ").append(d.id()).append(" (");
    if (d.accountId() != null) {
      line.append("account ").append(d.accountId()).append(", ");
    }
    if (d.amount() != null) {
      line.append(d.amount().toPlainString()).append(' ').append(d.currency()).append(", ");
    }
    line.append(d.stage());
    if (d.closedAt() != null) {
      line.append(", closed ").append(Formats.instant(d.closedAt()));
    }
    return line.append(')').toString();
  }

  private static ObjectNode toJson(DealExplanation e) {
    ObjectNode root = CliJson.MAPPER.createObjectNode();
    root.put("dealId", e.dealId());
    root.put("asOf", e.asOf().toString());
    if (e.deal().isPresent()) {
      Deal d = e.deal().get();
      root.putObject("deal")
          .put("accountId", d.accountId())
          .put("amount", d.amount() == null ? null : d.amount().toPlainString())
          .put("currency", d.currency())
          .put("stage", d.stage().name())
          .put("closedAt", d.closedAt() == null ? null : d.closedAt().toString());
    } else {
      root.putNull("deal");
    }
    if (e.attribution().isPresent()) {
      Attribution a = e.attribution().get();
      ObjectNode attribution = root.putObject("attribution");
      attribution.put("accountId", a.accountId()).put("model", a.model().name());
      ArrayNode credits = attribution.putArray("credits");
      for (Credit c : a.credits()) {
        credits
            .addObject()
            .put("referralId", c.referralId())
            .put("referrerId", c.referrerId())
            .put("share", c.share().toPlainString());
      }
      ArrayNode trail = attribution.putArray("trail");
      a.trail().forEach(trail::add);
    } else {
      root.putNull("attribution");
    }
    ArrayNode rejections = root.putArray("rejections");
    for (Rejection r : e.rejections()) {
      rejections
          .addObject()
          .put("referralId", r.referralId())
          .put("reason", r.reason().name())
          .put("detail", r.detail());
    }
    ArrayNode entries = root.putArray("entries");
    for (CommissionEntry c : e.entries()) {
      entries
          .addObject()
          .put("id", c.id())
          .put("kind", c.kind().name())
          .put("amount", c.amount().toPlainString())
          .put("currency", c.currency())
          .put("referrerId", c.referrerId())
          .put("referralId", c.referralId())
          .put("planId", c.planId())
          .put("paymentId", c.paymentId())
          .put("earnedAt", c.earnedAt().toString())
          .put("payableAt", c.payableAt().toString())
          .put("status", c.status().name())
          .put("explanation", c.explanation());
    }
    ObjectNode totals = root.putObject("totalsByReferrer");
    e.totalsByReferrer()
        .forEach(
            (referrer, byCurrency) -> {
              ObjectNode perReferrer = totals.putObject(referrer);
              byCurrency.forEach(
                  (currency, byStatus) -> {
                    ObjectNode amounts = perReferrer.putObject(currency);
                    byStatus.forEach(
                        (status, amount) -> amounts.put(status.name(), amount.toPlainString()));
                    amounts.put("total", LedgerTotals.total(byStatus).toPlainString());
                  });
            });
    return root;
  }
}

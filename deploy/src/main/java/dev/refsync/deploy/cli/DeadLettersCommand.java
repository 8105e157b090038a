package dev.refsync.deploy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.port.DeadLetter;
import dev.refsync.core.store.OutboxStatus;
import dev.refsync.core.store.StoreTransaction;
import dev.refsync.core.store.StoredDeadLetter;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code refsync dead-letters}: the records that failed to map or to push (DESIGN 9), listed and
 * retried. A dead letter is never deleted: retrying marks it retried and it stays as the record of
 * what happened.
 */
@Command(
    name = "dead-letters",
    mixinStandardHelpOptions = true,
    description = "List and retry the records that failed to map or to push.",
    subcommands = {DeadLettersCommand.ListLetters.class, DeadLettersCommand.Retry.class})
final class DeadLettersCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing required subcommand: list or retry");
  }

  static ObjectNode toJson(StoredDeadLetter d) {
    DeadLetter letter = d.letter();
    return CliJson.MAPPER
        .createObjectNode()
        .put("id", d.id())
        .put("at", letter.at().toString())
        .put("connection", letter.system())
        .put("objectType", letter.objectType())
        .put("recordId", letter.recordId())
        .put("error", letter.error())
        .put("retried", d.retried());
  }

  /** {@code refsync dead-letters list [--all]}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
        "List the dead letters not retried yet, oldest first (with --all, the retried ones too).",
        "Reads only."
      })
  static final class ListLetters implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin ConfigOption config;

    @Option(names = "--all", description = "Include the dead letters already retried.")
    boolean all;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      List<StoredDeadLetter> letters;
      try (CliStore store = CliStore.open(config.file, Clock.systemUTC())) {
        letters =
            store
                .store()
                .inTransaction(tx -> all ? tx.deadLetters().list() : tx.deadLetters().pending());
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        ArrayNode array = CliJson.MAPPER.createArrayNode();
        letters.forEach(d -> array.add(toJson(d)));
        out.println(CliJson.MAPPER.writeValueAsString(array));
      } else if (letters.isEmpty()) {
        out.println(all ? "No dead letters." : "No pending dead letters.");
      } else {
        TextTable table =
            all
                ? new TextTable("ID", "WHEN", "CONNECTION", "OBJECT", "RECORD", "STATE", "ERROR")
                : new TextTable("ID", "WHEN", "CONNECTION", "OBJECT", "RECORD", "ERROR");
        for (StoredDeadLetter d : letters) {
          DeadLetter l = d.letter();
          String error = Formats.shorten(l.error(), 160);
          if (all) {
            String state = d.retried() ? "retried" : "pending";
            table.row(
                d.id(),
                Formats.instant(l.at()),
                l.system(),
                l.objectType(),
                l.recordId(),
                state,
                error);
          } else {
            table.row(
                d.id(), Formats.instant(l.at()), l.system(), l.objectType(), l.recordId(), error);
          }
        }
        table.print(out);
        out.println(
            letters.size()
                + " dead letter(s). Retry: refsync dead-letters retry --id ID... (or --all)");
      }
      out.flush();
      return CommandLine.ExitCode.OK;
    }
  }

  /** {@code refsync dead-letters retry (--id N... | --all)}. */
  @Command(
      name = "retry",
      mixinStandardHelpOptions = true,
      description = {
        "Retry dead letters. A failed push is queued again (pending, attempts reset, due now)"
            + " and goes out with the next push; a record that failed to map is read again on its"
            + " next change at the source, or by refsync backfill. Each dead letter is then"
            + " marked retried.",
        "Exit 0; 1 when an id is unknown (the others are still retried)."
      })
  static final class Retry implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin ConfigOption config;

    @ArgGroup(multiplicity = "1")
    Which which;

    /** Either ids or every pending one. */
    static final class Which {
      @Option(
          names = "--id",
          arity = "1..*",
          paramLabel = "N",
          description = "The dead letters to retry (ids from dead-letters list).")
      List<Long> ids;

      @Option(names = "--all", description = "Retry every pending dead letter.")
      boolean all;
    }

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      int exit = CommandLine.ExitCode.OK;
      try (CliStore store = CliStore.open(config.file, Clock.systemUTC())) {
        List<Long> ids =
            which.all
                ? store
                    .store()
                    .inTransaction(
                        tx ->
                            tx.deadLetters().pending().stream().map(StoredDeadLetter::id).toList())
                : which.ids;
        if (ids.isEmpty()) {
          out.println("No pending dead letters.");
        }
        for (long id : ids) {
          // One transaction per dead letter: each printed line is a committed change.
          Optional<String> done = store.store().inTransaction(tx -> retry(tx, id));
          if (done.isPresent()) {
            out.println("dead letter " + id + ": " + done.get());
          } else {
            err.println(
                "dead letter "
                    + id
                    + ": no such dead letter (see refsync dead-letters list --all)");
            exit = CommandLine.ExitCode.SOFTWARE;
          }
        }
      }
      out.flush();
      err.flush();
      return exit;
    }

    /** Retries one dead letter; empty when there is none with that id. */
    private static Optional<String> retry(StoreTransaction tx, long id) {
      Optional<StoredDeadLetter> stored = tx.deadLetters().get(id);
      if (stored.isEmpty()) {
        return Optional.empty();
      }
      DeadLetter letter = stored.get().letter();
      String record =
          letter.system()
              + " "
              + letter.objectType()
              + " "
              + (letter.recordId() == null ? "(no id)" : letter.recordId());
      // A dead-lettered push keeps its outbox row, keyed (connection, target type, target key)
      // exactly as the dead letter is; a record that failed to map on the way in has none.
      Optional<OutboxStatus> outbox =
          letter.recordId() == null
              ? Optional.empty()
              : tx.outbox().requeue(letter.system(), letter.objectType(), letter.recordId());
      tx.deadLetters().markRetried(id);
      String again = stored.get().retried() ? " (it had been retried before)" : "";
      String what =
          outbox
              .map(
                  status ->
                      switch (status) {
                        case DEAD ->
                            "re-queued the push of " + record + "; the next push run sends it";
                        case PENDING ->
                            "the push of "
                                + record
                                + " is already queued (re-queued or changed since); the next push"
                                + " run sends it";
                        case DONE ->
                            record
                                + " was pushed successfully since, with a newer payload; nothing"
                                + " to re-send";
                      })
              .orElse(
                  record
                      + " failed on the way in: it is read again on its next change at the source,"
                      + " or now with refsync backfill");
      return Optional.of(what + "; marked retried" + again);
    }
  }
}

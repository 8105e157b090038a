package dev.refsync.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Account;
import dev.refsync.core.model.Churn;
import dev.refsync.core.model.Contact;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.Payment;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.Refund;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an events file (DESIGN 7): one JSON object per line with a {@code kind} and the fields of
 * DESIGN 3 in camelCase. Every bad line is reported with its line number and what to do; the valid
 * lines are still returned. Blank lines are skipped.
 *
 * <p>Two passes: lines are parsed (on a thread of their own, {@link ParsedLines}) and typed one at
 * a time (streaming, no line text kept), then references between records are checked, so a file may
 * list records in any order.
 *
 * <p>Not thread-safe; use one reader per file.
 */
public final class EventsReader {
  private final JsonFactory factory = new JsonFactory();

  /** Reads the file at {@code file}. */
  public EventsReadResult read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Reads events from {@code in}; the caller closes it. */
  public EventsReadResult read(InputStream in) throws IOException {
    Run run = new Run();
    // The parser has an interner of its own: it runs on ParsedLines' thread.
    EventLineParser parser = new EventLineParser(factory, new Interner(), run.amounts);
    long lines = ParsedLines.read(in, parser, run::line);
    return run.finish(lines);
  }

  /** The state of one read. */
  private final class Run {
    private final DecimalCache amounts = new DecimalCache();
    private final EventRecordFactory records = new EventRecordFactory(new Interner(), amounts);
    private final Map<EventKind, Accepted<?>> accepted = new EnumMap<>(EventKind.class);
    private final AcceptedPayments payments = new AcceptedPayments();
    private final Map<EventKind, IdIndex> indexes = new EnumMap<>(EventKind.class);
    private final List<LineProblem> problems = new ArrayList<>();

    Run() {
      for (EventKind k : EventKind.values()) {
        if (k != EventKind.PAYMENT) {
          accepted.put(k, new Accepted<>());
        }
        indexes.put(k, new IdIndex());
      }
    }

    void line(RawEvent raw, boolean parsed, long line) {
      if (parsed) {
        typed(raw, line);
      }
      // Indexed: the for-each iterator was one of the reader's top allocation sites in a JFR
      // profile (escape analysis does not always remove it), for the nearly always empty list.
      for (int i = 0; i < raw.problems.size(); i++) {
        problems.add(new LineProblem(line, raw.problems.get(i)));
      }
    }

    private void typed(RawEvent raw, long line) {
      String kindText = raw.get(Field.KIND);
      EventKind kind = kindText == null ? null : EventKind.of(kindText);
      if (kind == null) {
        raw.problems.add(
            (kindText == null ? "missing field 'kind'" : "unknown kind \"" + kindText + "\"")
                + "; use one of "
                + EventKind.ALLOWED);
        return;
      }
      Object record = records.build(kind, raw);
      String id = kind == EventKind.CHURN ? null : records.idOf(raw);
      if (id != null) {
        long first = indexes.get(kind).putIfAbsent(id, raw.problems.isEmpty() ? line : -line);
        if (first != 0) {
          raw.problems.add(
              "duplicate "
                  + kind.jsonName()
                  + " id '"
                  + id
                  + "': already defined at line "
                  + Math.abs(first)
                  + "; ids must be unique per kind, remove or rename this line");
          return;
        }
      }
      if (raw.problems.isEmpty()) {
        add(kind, record, line);
      }
    }

    @SuppressWarnings("unchecked")
    private <T> void add(EventKind kind, Object record, long line) {
      if (kind == EventKind.PAYMENT) {
        payments.add((Payment) record, line);
      } else {
        ((Accepted<T>) accepted.get(kind)).add((T) record, line);
      }
    }

    @SuppressWarnings("unchecked")
    EventsReadResult finish(long linesRead) {
      Map<EventKind, List<?>> kept =
          new ReferenceResolver(indexes, problems).resolve(accepted, payments);
      problems.sort(Comparator.comparingLong(LineProblem::line));
      CanonicalDataset dataset =
          new CanonicalDataset(
              (List<Referrer>) kept.get(EventKind.REFERRER),
              (List<Referral>) kept.get(EventKind.REFERRAL),
              (List<Account>) kept.get(EventKind.ACCOUNT),
              (List<Contact>) kept.get(EventKind.CONTACT),
              (List<Deal>) kept.get(EventKind.DEAL),
              (List<Payment>) kept.get(EventKind.PAYMENT),
              (List<Refund>) kept.get(EventKind.REFUND),
              (List<Churn>) kept.get(EventKind.CHURN));
      return new EventsReadResult(dataset, problems, linesRead);
    }
  }
}

package dev.refsync.deploy.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.engine.EngineResult;
import dev.refsync.core.engine.RefsyncEngine;
import dev.refsync.core.io.EngineOutputWriter;
import dev.refsync.core.io.EventsReadResult;
import dev.refsync.core.io.EventsReader;
import dev.refsync.core.plans.PlansLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code refsync engine bench}: how much the engine costs compared with just parsing the JSON, and
 * whether a run fits the heap target, measured side by side in one JVM (a benchmark, not a test).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Times, in alternating rounds on the same file: parse = a plain Jackson streaming token pass"
          + " over the whole file (one JsonParser, every token visited and counted, no values"
          + " materialized); read = EventsReader alone; engine = EventsReader + RefsyncEngine"
          + " + EngineOutputWriter to a null stream.",
      "Peak heap is the sum of the peak usage of the heap memory pools, reset before each phase"
          + " (an upper bound: pools may peak at different moments). Run with"
          + " JAVA_OPTS=-Xmx512m to check the 512 MB target."
    })
final class EngineBenchCommand implements Callable<Integer> {
  static final double RATIO_TARGET = 3.0;
  static final long HEAP_TARGET_MB = 512;

  /** One measured activity. */
  enum Phase {
    PARSE,
    READ,
    ENGINE
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--events", required = true, paramLabel = "FILE.jsonl", description = "Events.")
  Path events;

  @Option(names = "--plans", paramLabel = "plans.yaml", description = "Plans (for engine).")
  Path plans;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description = "Evaluation time (for engine).")
  Instant asOf;

  @Option(
      names = "--repeat",
      paramLabel = "K",
      defaultValue = "3",
      description = "Rounds (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(
      names = "--phases",
      split = ",",
      paramLabel = "PHASE",
      defaultValue = "PARSE,READ,ENGINE",
      description = "Which of ${COMPLETION-CANDIDATES} to run (default: ${DEFAULT-VALUE}).")
  List<Phase> phases;

  private final JsonFactory jsonFactory = new JsonFactory();

  @Override
  public Integer call() throws IOException {
    if (repeat <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--repeat must be positive");
    }
    boolean engine = phases.contains(Phase.ENGINE);
    if (engine && (plans == null || asOf == null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "the ENGINE phase needs --plans and --as-of");
    }
    RefsyncEngine refsync =
        engine
            ? new RefsyncEngine(PlansLoader.load(plans), DomainNormalizer.withDefaultFreeMailList())
            : null;
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "refsync engine bench: %s, %d rounds, JVM max heap %d MB%n",
        events,
        repeat,
        Runtime.getRuntime().maxMemory() >> 20);
    Map<Phase, long[]> nanos = new EnumMap<>(Phase.class);
    Map<Phase, long[]> peaks = new EnumMap<>(Phase.class);
    for (Phase p : phases) {
      nanos.put(p, new long[repeat]);
      peaks.put(p, new long[repeat]);
    }
    for (int round = 0; round < repeat; round++) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d:", round + 1));
      for (Phase p : phases) {
        resetHeapPeaks();
        long start = System.nanoTime();
        String detail =
            switch (p) {
              case PARSE -> parseOnly() + " tokens";
              case READ -> readOnly() + " records";
              case ENGINE -> engineRun(refsync) + " output entries";
            };
        long elapsed = System.nanoTime() - start;
        nanos.get(p)[round] = elapsed;
        peaks.get(p)[round] = heapPeakBytes();
        line.append(
            String.format(
                Locale.ROOT,
                "  %s %,d ms (%s, peak heap %d MB)",
                p.name().toLowerCase(Locale.ROOT),
                elapsed / 1_000_000,
                detail,
                peaks.get(p)[round] >> 20));
      }
      out.println(line);
      out.flush();
    }
    for (Phase p : phases) {
      out.printf(
          Locale.ROOT,
          "median %-6s %,8d ms   max peak heap %d MB%n",
          p.name().toLowerCase(Locale.ROOT),
          median(nanos.get(p)) / 1_000_000,
          Arrays.stream(peaks.get(p)).max().orElse(0) >> 20);
    }
    if (phases.contains(Phase.PARSE)) {
      double parse = median(nanos.get(Phase.PARSE));
      for (Phase p : List.of(Phase.READ, Phase.ENGINE)) {
        if (phases.contains(p)) {
          double ratio = median(nanos.get(p)) / parse;
          out.printf(
              Locale.ROOT,
              "ratio %s/parse %.2f%s%n",
              p.name().toLowerCase(Locale.ROOT),
              ratio,
              p == Phase.ENGINE
                  ? String.format(
                      Locale.ROOT,
                      "   (target <= %.1f: %s)",
                      RATIO_TARGET,
                      ratio <= RATIO_TARGET ? "met" : "NOT met")
                  : "");
        }
      }
    }
    if (engine) {
      long peakMb = Arrays.stream(peaks.get(Phase.ENGINE)).max().orElse(0) >> 20;
      out.printf(
          Locale.ROOT,
          "engine peak heap %d MB, JVM max heap %d MB   (target <= %d MB: %s)%n",
          peakMb,
          Runtime.getRuntime().maxMemory() >> 20,
          HEAP_TARGET_MB,
          peakMb <= HEAP_TARGET_MB ? "met" : "NOT met");
    }
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  private long parseOnly() throws IOException {
    long tokens = 0;
    try (InputStream in = Files.newInputStream(events);
        JsonParser p = jsonFactory.createParser(in)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  private long readOnly() throws IOException {
    EventsReadResult read = new EventsReader().read(events);
    return read.linesRead() - read.problems().size();
  }

  private long engineRun(RefsyncEngine refsync) throws IOException {
    EventsReadResult read = new EventsReader().read(events);
    EngineResult result = refsync.evaluate(read.dataset(), asOf);
    new EngineOutputWriter().write(result, OutputStream.nullOutputStream());
    return result.attributions().size() + result.rejections().size() + result.commissions().size();
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Collects what the previous phase left, so its garbage is not counted in the next peak. */
  private static void resetHeapPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : heapPools()) {
      pool.resetPeakUsage();
    }
  }

  private static long heapPeakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : heapPools()) {
      sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        heap.add(pool);
      }
    }
    return heap;
  }
}

package dev.refsync.deploy.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.engine.EngineResult;
import dev.refsync.core.engine.RefsyncEngine;
import dev.refsync.core.io.EngineOutputWriter;
import dev.refsync.core.io.EventsReadResult;
import dev.refsync.core.io.EventsReader;
import dev.refsync.core.plans.PlansLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
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
      "Times, in alternating rounds on the same file: parse = a plain Jackson parse"
          + " (--baseline TREE: ObjectMapper.readTree of every line, the default; TOKENS: one"
          + " streaming JsonParser over the file visiting and counting every token);"
          + " read = EventsReader alone; engine = EventsReader + RefsyncEngine"
          + " + EngineOutputWriter to a null stream.",
      "Peak heap is the sum of the peak usage of the heap memory pools, reset before each phase"
          + " (an upper bound: pools may peak at different moments); live heap is the heap used"
          + " after a full GC at the end of the phase while its data is still reachable. Run with"
          + " JAVA_OPTS=-Xmx512m to check the 512 MB target: finishing at all proves it holds.",
      "Each round also shows the phase's CPU time on the benchmark thread, the collectors'"
          + " time and the CPU time of the whole JVM (collector and compiler threads included),"
          + " which separate the work done from waiting on a busy machine, and the bytes the phase"
          + " allocated (the garbage collector's workload, independent of machine load)."
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

  /** What the parse phase does. */
  enum Baseline {
    TREE,
    TOKENS
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--baseline",
      paramLabel = "KIND",
      defaultValue = "TREE",
      description = "Parse phase: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Baseline baseline;

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

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final ObjectMapper mapper = new ObjectMapper();

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
        "refsync engine bench: %s, %d rounds, parse baseline %s, JVM max heap %d MB%n",
        events,
        repeat,
        baseline,
        Runtime.getRuntime().maxMemory() >> 20);
    Map<Phase, long[]> nanos = new EnumMap<>(Phase.class);
    Map<Phase, long[]> peaks = new EnumMap<>(Phase.class);
    Map<Phase, long[]> live = new EnumMap<>(Phase.class);
    for (Phase p : phases) {
      nanos.put(p, new long[repeat]);
      peaks.put(p, new long[repeat]);
      live.put(p, new long[repeat]);
    }
    for (int round = 0; round < repeat; round++) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d:", round + 1));
      for (Phase p : phases) {
        resetHeapPeaks();
        long gcStart = gcMillis();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long processCpuStart = processCpuNanos();
        long allocStart = allocatedBytes();
        long start = System.nanoTime();
        Measured m =
            switch (p) {
              case PARSE -> parseOnly();
              case READ -> readOnly();
              case ENGINE -> engineRun(refsync);
            };
        long elapsed = System.nanoTime() - start;
        long cpuMs = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        long processCpuMs = (processCpuNanos() - processCpuStart) / 1_000_000;
        long gcMs = gcMillis() - gcStart;
        long allocMb = (allocatedBytes() - allocStart) >> 20;
        nanos.get(p)[round] = elapsed;
        peaks.get(p)[round] = heapPeakBytes();
        live.get(p)[round] = liveHeapBytes(m);
        line.append(
            String.format(
                Locale.ROOT,
                "  %s %,d ms [cpu %,d ms, gc %,d ms, process cpu %,d ms] (%s, peak heap %d MB,"
                    + " live %d MB, allocated %,d MB)",
                p.name().toLowerCase(Locale.ROOT),
                elapsed / 1_000_000,
                cpuMs,
                gcMs,
                processCpuMs,
                m.detail(),
                peaks.get(p)[round] >> 20,
                live.get(p)[round] >> 20,
                allocMb));
      }
      out.println(line);
      out.flush();
    }
    for (Phase p : phases) {
      out.printf(
          Locale.ROOT,
          "median %-6s %,8d ms   max peak heap %d MB   max live heap %d MB%n",
          p.name().toLowerCase(Locale.ROOT),
          median(nanos.get(p)) / 1_000_000,
          Arrays.stream(peaks.get(p)).max().orElse(0) >> 20,
          Arrays.stream(live.get(p)).max().orElse(0) >> 20);
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
      long maxMb = Runtime.getRuntime().maxMemory() >> 20;
      out.printf(
          Locale.ROOT,
          "engine peak heap %d MB (sum of pool peaks), live %d MB, completed within JVM max"
              + " heap %d MB   (target <= %d MB: %s)%n",
          peakMb,
          Arrays.stream(live.get(Phase.ENGINE)).max().orElse(0) >> 20,
          maxMb,
          HEAP_TARGET_MB,
          maxMb <= HEAP_TARGET_MB ? "met" : "run with JAVA_OPTS=-Xmx512m to check");
    }
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  /**
   * What a phase produced: a line for the report, and data kept reachable for the live-heap probe.
   */
  private record Measured(String detail, Object data) {}

  private Measured parseOnly() throws IOException {
    long count = 0;
    if (baseline == Baseline.TOKENS) {
      try (InputStream in = Files.newInputStream(events);
          JsonParser p = mapper.getFactory().createParser(in)) {
        while (p.nextToken() != null) {
          count++;
        }
      }
      return new Measured(count + " tokens", null);
    }
    try (BufferedReader in = Files.newBufferedReader(events)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank()) {
          count += mapper.readTree(line).size();
        }
      }
    }
    return new Measured(count + " fields", null);
  }

  private Measured readOnly() throws IOException {
    EventsReadResult read = new EventsReader().read(events);
    return new Measured(records(read) + " records", read);
  }

  private Measured engineRun(RefsyncEngine refsync) throws IOException {
    EventsReadResult read = new EventsReader().read(events);
    EngineResult result = refsync.evaluate(read.dataset(), asOf);
    new EngineOutputWriter().write(result, OutputStream.nullOutputStream());
    long entries =
        result.attributions().size() + result.rejections().size() + result.commissions().size();
    return new Measured(entries + " output entries", new Object[] {read, result});
  }

  private static long records(EventsReadResult read) {
    CanonicalDataset d = read.dataset();
    return (long) d.referrers().size()
        + d.referrals().size()
        + d.accounts().size()
        + d.contacts().size()
        + d.deals().size()
        + d.payments().size()
        + d.refunds().size()
        + d.churns().size();
  }

  /** Heap in use after a full GC while {@code m}'s data is still reachable. */
  private static long liveHeapBytes(Measured m) {
    System.gc();
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    Reference.reachabilityFence(m);
    return used;
  }

  /**
   * Bytes allocated so far by this thread, where the JVM counts them (HotSpot does), else 0. Unlike
   * times, this does not depend on what else the machine is running, so it shows whether a change
   * reduced the work the collector is given.
   */
  private static long allocatedBytes() {
    return THREADS instanceof com.sun.management.ThreadMXBean hotspot
            && hotspot.isThreadAllocatedMemorySupported()
            && hotspot.isThreadAllocatedMemoryEnabled()
        ? hotspot.getThreadAllocatedBytes(Thread.currentThread().getId())
        : 0;
  }

  /**
   * CPU time of the whole JVM (every thread: collectors, JIT compilers) where the JVM reports it,
   * else 0. On a machine shared with other work, wall times follow this more than the benchmark
   * thread's own CPU time: the collector threads compete for the same cores.
   */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime())
        : 0;
  }

  /** Collector time (pauses, and concurrent cycles where the collector reports them). */
  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
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

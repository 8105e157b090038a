package dev.refsync.deploy.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code refsync engine generate}: writes a synthetic events file for demos and benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a deterministic, realistic synthetic events file (DESIGN 7): referrers, accounts"
          + " with contacts, referrals over two years, deals, monthly payments, refunds, churns.",
      "About 40 lines per referral: --referrals 25000 writes about 1,000,000 lines. Line counts"
          + " per kind are printed to stderr."
    })
final class EngineGenerateCommand implements Callable<Integer> {
  static final String PLANS_RESOURCE = "synthetic-plans.yaml";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--referrals",
      required = true,
      paramLabel = "N",
      description = "Number of referrals to generate.")
  int referrals;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Random seed; the same seed writes the same bytes (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      paramLabel = "FILE.jsonl",
      description = "Where to write the events; standard output when omitted.")
  Path out;

  @Option(
      names = "--plans-out",
      paramLabel = "plans.yaml",
      description = "Also write a plans file covering every reward type and trigger.")
  Path plansOut;

  @Override
  public Integer call() throws IOException {
    if (referrals <= 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--referrals must be a positive number, not " + referrals);
    }
    Map<String, Long> counts;
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      try (EventLineWriter writer = new EventLineWriter(stdout)) {
        counts = generate(writer);
      }
      stdout.flush();
    } else {
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
          EventLineWriter writer = new EventLineWriter(os)) {
        counts = generate(writer);
      }
    }
    if (plansOut != null) {
      try (InputStream plans = EngineGenerateCommand.class.getResourceAsStream(PLANS_RESOURCE)) {
        Files.write(plansOut, plans.readAllBytes());
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder summary = new StringBuilder("refsync engine generate: ").append(total);
    summary.append(" lines (");
    counts.forEach((kind, n) -> summary.append(kind).append(' ').append(n).append(", "));
    summary.setLength(summary.length() - 2);
    summary.append(')');
    if (out != null) {
      summary.append(" written to ").append(out);
    }
    if (plansOut != null) {
      summary.append("; plans written to ").append(plansOut);
    }
    err.println(summary);
    err.flush();
    return CommandLine.ExitCode.OK;
  }

  private Map<String, Long> generate(EventLineWriter writer) throws IOException {
    new SyntheticEventsGenerator(referrals, seed).generate(writer);
    return writer.counts();
  }
}

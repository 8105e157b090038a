package dev.refsync.deploy.cli;

import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.engine.EngineResult;
import dev.refsync.core.engine.RefsyncEngine;
import dev.refsync.core.io.EngineOutputWriter;
import dev.refsync.core.io.EventsReadResult;
import dev.refsync.core.io.EventsReader;
import dev.refsync.core.io.LineProblem;
import dev.refsync.core.plans.InvalidPlansException;
import dev.refsync.core.plans.PlansConfig;
import dev.refsync.core.plans.PlansLoader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code refsync engine}: attribution and commissions on an events file, with no CRM (DESIGN 7).
 *
 * <p>Exit codes: 0 all lines accepted; 1 some lines rejected (the valid ones were still evaluated
 * and the output written) or the events file could not be read; 2 usage error or invalid plans
 * file.
 */
@Command(
    name = "engine",
    mixinStandardHelpOptions = true,
    description = {
      "Runs attribution and commissions on canonical records from a JSONL events file"
          + " (DESIGN 7) and writes attributions, rejections and commission entries as JSON.",
      "Each rejected line is printed to stderr as FILE:LINE: message; valid lines are still"
          + " processed. Exit code 0: all lines accepted; 1: some lines rejected;"
          + " 2: usage error or invalid plans file."
    },
    subcommands = {EngineGenerateCommand.class, EngineBenchCommand.class})
public final class EngineCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--events",
      paramLabel = "FILE.jsonl",
      description = "Events file, one JSON object per line (required).")
  Path events;

  @Option(
      names = "--plans",
      paramLabel = "plans.yaml",
      description = "Attribution rules and commission plans (required).")
  Path plans;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description = "Evaluation time, ISO-8601, e.g. 2026-06-30T00:00:00Z (required).")
  Instant asOf;

  @Option(
      names = "--out",
      paramLabel = "FILE.json",
      description = "Where to write the result; standard output when omitted.")
  Path out;

  // The options are checked here rather than declared required: picocli would otherwise demand
  // them for the `generate` and `bench` subcommands too.
  @Override
  public Integer call() {
    requireOptions();
    PrintWriter err = spec.commandLine().getErr();
    PlansConfig config;
    try {
      config = PlansLoader.load(plans);
    } catch (InvalidPlansException e) {
      // The message lists every problem as FILE:LINE:COLUMN: message (hint: ...).
      err.println(e.getMessage());
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    EventsReadResult read;
    try {
      read = new EventsReader().read(events);
    } catch (IOException e) {
      err.println(events + ": cannot read the events file: " + e.getMessage());
      err.flush();
      return CommandLine.ExitCode.SOFTWARE;
    }
    for (LineProblem problem : read.problems()) {
      err.println(problem.format(events.toString()));
    }
    EngineResult result =
        new RefsyncEngine(config, DomainNormalizer.withDefaultFreeMailList())
            .evaluate(read.dataset(), asOf);
    try {
      writeResult(result);
    } catch (IOException e) {
      err.println(out + ": cannot write the result: " + e.getMessage());
      err.flush();
      return CommandLine.ExitCode.SOFTWARE;
    }
    long rejected = read.rejectedLines();
    err.printf(
        "refsync engine: %d lines read, %d rejected, %d attributions, %d rejections,"
            + " %d commission entries%s%n",
        read.linesRead(),
        rejected,
        result.attributions().size(),
        result.rejections().size(),
        result.commissions().size(),
        out == null ? "" : ", written to " + out);
    err.flush();
    return rejected == 0 ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
  }

  private void requireOptions() {
    StringBuilder missing = new StringBuilder();
    if (events == null) {
      missing.append(" --events=FILE.jsonl");
    }
    if (plans == null) {
      missing.append(" --plans=plans.yaml");
    }
    if (asOf == null) {
      missing.append(" --as-of=INSTANT");
    }
    if (!missing.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Missing required option(s):" + missing);
    }
    requireFile(events, "--events");
    requireFile(plans, "--plans");
  }

  private void requireFile(Path file, String option) {
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), option + ": no such file: " + file);
    }
  }

  private void writeResult(EngineResult result) throws IOException {
    EngineOutputWriter writer = new EngineOutputWriter();
    if (out == null) {
      writer.write(result, spec.commandLine().getOut());
      return;
    }
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      writer.write(result, os);
    }
  }
}

package dev.refsync.deploy.daemon.config;

import dev.refsync.core.config.ConfigProblem;
import dev.refsync.core.config.InvalidConfigException;
import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints an invalid {@code refsync.yaml} the way Spring Boot users expect a start-up failure: every
 * problem on its own line with its key and what to do, instead of a stack trace.
 */
public final class InvalidConfigFailureAnalyzer
    extends AbstractFailureAnalyzer<InvalidConfigException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidConfigException cause) {
    String problems =
        cause.problems().stream()
            .map(ConfigProblem::toString)
            .map(line -> "  - " + line)
            .collect(Collectors.joining("\n"));
    return new FailureAnalysis(
        "The configuration has "
            + cause.problems().size()
            + " problem(s); nothing was connected to and nothing was written:\n"
            + problems,
        "Correct refsync.yaml (or the plans and mapping files it names) and start again.",
        cause);
  }
}

package dev.refsync.deploy.cli;

import dev.refsync.deploy.daemon.ConnectionRuntime;
import dev.refsync.deploy.daemon.Provisioning;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code refsync provision}: creates the custom fields and objects Refsync writes that are missing
 * in each CRM (Salesforce Metadata API through WSC, HubSpot properties and schemas APIs) and
 * changes nothing that exists (DESIGN 8).
 */
@Command(
    name = "provision",
    mixinStandardHelpOptions = true,
    description = {
      "Creates the fields and objects Refsync writes that are missing in each CRM; changes nothing"
          + " that exists.",
      "Exit code 1 when a component could not be created, 2 when the configuration is invalid."
    })
final class ProvisionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ConfigOption configOption;

  @Option(names = "--dry-run", description = "List what would be created; create nothing.")
  boolean dryRun;

  @Option(
      names = "--connection",
      paramLabel = "NAME",
      description = "Only this connection (default: every connection that needs provisioning).")
  String only;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (DaemonSession session = DaemonSession.open(configOption.file)) {
      List<ConnectionRuntime> connections =
          session.connections().stream()
              .filter(c -> only == null || c.name().equals(only))
              .toList();
      if (connections.isEmpty()) {
        err.println("No connection named " + only + " in " + configOption.file);
        return 1;
      }
      boolean failed = false;
      for (ConnectionRuntime connection : connections) {
        if (connection.provisioning().isEmpty()) {
          out.printf(
              "%s (%s): nothing to provision%n",
              connection.name(), connection.settings().type().yamlName());
          continue;
        }
        Provisioning provisioning = connection.provisioning().get();
        if (dryRun) {
          List<String> plan = provisioning.plan();
          out.printf(
              "%s: %s%n",
              connection.name(), plan.isEmpty() ? "nothing missing" : plan.size() + " to create");
          plan.forEach(line -> out.println("  + " + line));
        } else {
          List<Provisioning.Outcome> outcomes = provisioning.apply();
          out.printf(
              "%s: %s%n",
              connection.name(),
              outcomes.isEmpty() ? "nothing missing" : outcomes.size() + " component(s)");
          for (Provisioning.Outcome outcome : outcomes) {
            out.printf(
                "  %s %s%s%n",
                outcome.created() ? "created" : "FAILED ",
                outcome.description(),
                outcome.created() ? "" : ": " + outcome.error());
            failed |= !outcome.created();
          }
        }
      }
      return failed ? 1 : 0;
    } catch (DaemonSession.CommandFailure e) {
      err.println(e.getMessage());
      return e.exitCode();
    }
  }
}

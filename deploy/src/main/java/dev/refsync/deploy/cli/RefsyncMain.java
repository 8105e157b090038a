package dev.refsync.deploy.cli;

import dev.refsync.core.store.StoreAccessException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The single {@code refsync} binary. Every subcommand has {@code --help}; usage errors exit with
 * code 2 (picocli's {@link CommandLine.ExitCode#USAGE}).
 */
@Command(
    name = "refsync",
    mixinStandardHelpOptions = true,
    versionProvider = RefsyncMain.Version.class,
    description = "Referral-revenue connector for Salesforce, HubSpot and Stripe.",
    subcommands = {
      CommandLine.HelpCommand.class,
      RunCommand.class,
      DemoCommand.class,
      ProvisionCommand.class,
      BackfillCommand.class,
      StatusCommand.class,
      ExplainCommand.class,
      DeadLettersCommand.class,
      EngineCommand.class,
      MappingsCommand.class
    })
public final class RefsyncMain implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine newCommandLine() {
    return new CommandLine(new RefsyncMain())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(RefsyncMain::handleFailure);
  }

  /**
   * A {@link CommandFailure} is an expected outcome, and a store that fails mid-command an
   * operational one: their message, not a stack trace.
   */
  private static int handleFailure(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) throws Exception {
    if (e instanceof CommandFailure failure) {
      commandLine.getErr().println(failure.getMessage());
      commandLine.getErr().flush();
      return failure.exitCode();
    }
    if (e instanceof StoreAccessException failure) {
      // The database went away mid-command: what failed and the driver's reason, no stack trace.
      commandLine
          .getErr()
          .println(
              "State store error: "
                  + failure.getMessage()
                  + (failure.getCause() == null ? "" : ": " + failure.getCause().getMessage()));
      commandLine.getErr().flush();
      return CommandLine.ExitCode.SOFTWARE;
    }
    throw e;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** Reads the version Maven wrote into the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = RefsyncMain.class.getPackage().getImplementationVersion();
      return new String[] {"refsync " + (v == null ? "development build" : v)};
    }
  }
}

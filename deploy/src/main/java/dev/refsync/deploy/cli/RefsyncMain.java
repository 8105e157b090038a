package dev.refsync.deploy.cli;

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
      EngineCommand.class,
      MappingsCommand.class,
      StatusCommand.class,
      ExplainCommand.class,
      DeadLettersCommand.class
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

  /** A {@link CommandFailure} is an expected outcome: its message, not a stack trace. */
  private static int handleFailure(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) throws Exception {
    if (e instanceof CommandFailure failure) {
      commandLine.getErr().println(failure.getMessage());
      commandLine.getErr().flush();
      return failure.exitCode();
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

package dev.refsync.deploy.cli;

/**
 * A command cannot go on: its message is printed to standard error as is and the command exits with
 * {@link #exitCode()} ({@link RefsyncMain} installs the handler). Never carries a secret: messages
 * are built from config problems and store errors, which quote none.
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CommandFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}

package dev.refsync.deploy.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE}: the daemon's {@code refsync.yaml}, shared by every command that reads it.
 */
final class ConfigOption {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      defaultValue = "${env:REFSYNC_CONFIG:-refsync.yaml}",
      description = {"The daemon's config file.", "Default: $REFSYNC_CONFIG, else refsync.yaml."})
  Path file;
}

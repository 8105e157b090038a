package dev.refsync.deploy.config;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root seen from a test, whichever directory Maven forked the test JVM in. */
public final class RepositoryRoot {
  private RepositoryRoot() {}

  /**
   * The nearest directory at or above the working directory that holds the {@code mvnw} wrapper.
   */
  public static Path find() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no repository root (a directory with mvnw and deploy/) above "
            + Path.of("").toAbsolutePath());
  }
}

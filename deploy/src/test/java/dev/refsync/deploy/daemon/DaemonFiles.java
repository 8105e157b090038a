package dev.refsync.deploy.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a refsync.yaml and a plans.yaml into a test's directory. */
final class DaemonFiles {
  static final String PLANS =
      """
      rules:
        model: LAST_REFERRAL
        windowDays: 90
      plans:
        - id: partner-flat
          referrerTypes: [PARTNER]
          reward: {type: FLAT, amount: 500}
          trigger: CLOSED_WON
      """;

  private DaemonFiles() {}

  /** A config with one HubSpot-typed connection {@code crm} and an H2 file store in {@code dir}. */
  static Path config(Path dir, String extra) {
    try {
      Files.writeString(dir.resolve("plans.yaml"), PLANS);
      Path config = dir.resolve("refsync.yaml");
      Files.writeString(
          config,
          """
          refsync:
            plans: plans.yaml
            store:
              jdbc-url: "jdbc:h2:file:%s"
            connections:
              crm:
                type: hubspot
                private-app-token: pat-na1-test-token-123456
          %s
          """
              .formatted(dir.resolve("store/refsync").toString().replace('\\', '/'), extra));
      return config;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

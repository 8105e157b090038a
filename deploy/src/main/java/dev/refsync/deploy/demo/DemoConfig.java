package dev.refsync.deploy.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The {@code refsync.yaml}, plans and key file that point the daemon at the demo sandboxes. */
public final class DemoConfig {
  private DemoConfig() {}

  /**
   * Writes the files into {@code dir} and returns the config file.
   *
   * @param extra YAML appended at the end (top level), e.g. {@code server.port} or schedules
   */
  public static Path write(Path dir, DemoSandboxes sandboxes, String extra) {
    try {
      Files.createDirectories(dir);
      Path key = dir.resolve("salesforce-app.key");
      Files.writeString(key, sandboxes.salesforcePrivateKeyPem());
      try (InputStream plans = DemoConfig.class.getResourceAsStream("/demo/plans.yaml")) {
        if (plans == null) {
          throw new IllegalStateException("demo/plans.yaml is missing from the jar");
        }
        Files.copy(plans, dir.resolve("plans.yaml"), StandardCopyOption.REPLACE_EXISTING);
      }
      Path config = dir.resolve("refsync.yaml");
      Files.writeString(
          config,
          """
          # Written by `refsync demo`: the daemon's configuration against the local sandboxes.
          refsync:
            plans: plans.yaml
            store:
              jdbc-url: "jdbc:h2:file:%s"
            connections:
              salesforce-main:
                type: salesforce
                login-url: %s
                client-id: %s
                username: %s
                private-key-file: %s
              hubspot-main:
                type: hubspot
                base-url: %s
                private-app-token: %s
                webhook-client-secret: %s
                burst-limit: 190
                # The sandbox's search shows every write at once (HubSpot's index lags by seconds).
                search-settle: 0s
              stripe:
                type: stripe
                api-base: %s
                secret-key: %s
                webhook-signing-secret: %s
          """
                  .formatted(
                      dir.toAbsolutePath().resolve("store/refsync").toString().replace('\\', '/'),
                      sandboxes.salesforce.baseUri(),
                      DemoSandboxes.SALESFORCE_CLIENT_ID,
                      DemoSandboxes.SALESFORCE_USER,
                      key.toAbsolutePath(),
                      sandboxes.hubspot.baseUri(),
                      DemoSandboxes.HUBSPOT_TOKEN,
                      DemoSandboxes.HUBSPOT_CLIENT_SECRET,
                      sandboxes.stripe.baseUri(),
                      DemoSandboxes.STRIPE_KEY,
                      DemoSandboxes.STRIPE_WEBHOOK_SECRET)
              + extra);
      return config;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the demo configuration to " + dir, e);
    }
  }
}

package dev.refsync.deploy.daemon;

import dev.refsync.core.port.OutboxPusher;
import dev.refsync.core.port.SourceConnector;
import dev.refsync.core.port.WriteBackPlanner;
import dev.refsync.deploy.daemon.config.ConnectionSettings;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One configured connection, wired to its adapter: what the pipeline pulls from, plans for and
 * pushes to, the webhook endpoint if the vendor sends any, and the provisioning of what Refsync
 * writes if the vendor needs custom fields or objects.
 */
public record ConnectionRuntime(
    ConnectionSettings settings,
    SourceConnector source,
    OutboxPusher pusher,
    WriteBackPlanner planner,
    Optional<WebhookEndpoint> webhook,
    Optional<Provisioning> provisioning,
    Supplier<ApiCounters> counters,
    AutoCloseable resources) {
  public ConnectionRuntime {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(pusher, "pusher");
    Objects.requireNonNull(planner, "planner");
    Objects.requireNonNull(webhook, "webhook");
    Objects.requireNonNull(provisioning, "provisioning");
    Objects.requireNonNull(counters, "counters");
    Objects.requireNonNull(resources, "resources");
  }

  public String name() {
    return settings.name();
  }
}

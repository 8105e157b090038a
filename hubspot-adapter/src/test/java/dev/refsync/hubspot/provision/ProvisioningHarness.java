package dev.refsync.hubspot.provision;

import dev.refsync.core.config.Secret;
import dev.refsync.hubspot.HubSpotConfig;
import dev.refsync.hubspot.client.HubSpotClient;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.sandbox.core.MutableClock;
import dev.refsync.sandbox.hubspot.HubSpotEmulator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * An empty emulated portal, a client on it over HTTP, and a provisioner for the default mapping.
 */
final class ProvisioningHarness implements AutoCloseable {
  private static final String TOKEN = "pat-na1-provision-0123456789";

  final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T09:00:00Z"));
  final HubSpotEmulator hubspot =
      HubSpotEmulator.start(dev.refsync.sandbox.hubspot.HubSpotConfig.defaults(TOKEN, clock));
  final HubSpotClient client =
      HubSpotClient.create(
          HubSpotConfig.defaults(Secret.of(TOKEN))
              .withBaseUrl(URI.create(hubspot.baseUri().toString()))
              .withRetry(3, Duration.ofMillis(1), Duration.ofMillis(5)),
          clock,
          clock::advance,
          new SplittableRandom(7));
  final HubSpotProvisioningSpec spec =
      HubSpotProvisioningSpec.fromMapping(DefaultMappings.load(SystemName.HUBSPOT));
  final HubSpotProvisioner provisioner = new HubSpotProvisioner(client, spec);

  long count(String endpoint) {
    return hubspot.requestCounts().getOrDefault(endpoint, 0L);
  }

  long creates() {
    return count("properties.create") + count("properties.groups.create") + count("schemas.create");
  }

  @Override
  public void close() {
    hubspot.close();
  }
}

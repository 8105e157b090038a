package dev.refsync.deploy.daemon;

import dev.refsync.deploy.daemon.config.ConnectionSettings;
import dev.refsync.hubspot.HubSpotConfig;
import dev.refsync.hubspot.provision.ProvisioningAction;
import dev.refsync.hubspot.sync.HubSpotRuntime;
import dev.refsync.salesforce.config.SalesforceConfig;
import dev.refsync.salesforce.provision.PlannedComponent;
import dev.refsync.salesforce.sync.SalesforceRuntime;
import dev.refsync.stripe.config.StripeConfig;
import dev.refsync.stripe.sync.StripeRuntime;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Wires each configured connection to its vendor's adapter. */
public final class AdapterConnections implements ConnectionFactory {

  @Override
  public ConnectionRuntime create(ConnectionSettings settings, Clock clock, Ingest ingest) {
    String name = settings.name();
    return switch (settings.type()) {
      case HUBSPOT -> {
        HubSpotRuntime hubspot =
            HubSpotRuntime.create(
                name, settings.config(HubSpotConfig.class), settings.mapping(), clock);
        WebhookEndpoint webhook =
            (method, uri, headers, body) -> {
              var response = hubspot.handleWebhook(method, uri, headers, body, ingest::accept);
              return new WebhookEndpoint.Response(response.status(), response.body());
            };
        yield new ConnectionRuntime(
            settings,
            hubspot.source(),
            hubspot.pusher(),
            hubspot.planner(),
            Optional.of(webhook),
            Optional.of(
                new Provisioning() {
                  @Override
                  public List<String> plan() {
                    return hubspot.provisioningPlan().stream()
                        .map(ProvisioningAction::description)
                        .toList();
                  }

                  @Override
                  public List<Outcome> apply() {
                    return hubspot.provision().stream()
                        .map(r -> new Outcome(r.action().description(), r.created(), r.error()))
                        .toList();
                  }
                }),
            () ->
                new ApiCounters(hubspot.requestsByOperation(), hubspot.metrics().rateLimitWaits()),
            hubspot);
      }
      case SALESFORCE -> {
        SalesforceRuntime salesforce =
            SalesforceRuntime.create(
                name, settings.config(SalesforceConfig.class), settings.mapping(), clock);
        // Salesforce changes reach Refsync by polling; no webhook endpoint.
        yield new ConnectionRuntime(
            settings,
            salesforce.source(),
            salesforce.pusher(),
            salesforce.planner(),
            Optional.empty(),
            Optional.of(
                new Provisioning() {
                  @Override
                  public List<String> plan() {
                    return salesforce.provisionPlan().stream()
                        .map(PlannedComponent::toString)
                        .toList();
                  }

                  @Override
                  public List<Outcome> apply() {
                    return salesforce.provisionApply().stream()
                        .map(
                            r ->
                                new Outcome(
                                    r.component().toString(),
                                    r.success(),
                                    r.errors().isEmpty() ? null : String.join("; ", r.errors())))
                        .toList();
                  }
                }),
            () -> new ApiCounters(salesforce.requestCounts(), -1),
            salesforce);
      }
      case STRIPE -> {
        StripeRuntime stripe =
            StripeRuntime.create(
                name, settings.config(StripeConfig.class), settings.mapping(), clock);
        WebhookEndpoint webhook =
            (method, uri, headers, body) -> {
              var response =
                  stripe.handleWebhook(
                      new String(body, StandardCharsets.UTF_8),
                      headers.get("stripe-signature"),
                      ingest::accept);
              return new WebhookEndpoint.Response(response.status(), response.body());
            };
        yield new ConnectionRuntime(
            settings,
            stripe.source(),
            stripe.pusher(),
            stripe.planner(),
            Optional.of(webhook),
            // Stripe's customer metadata needs no schema.
            Optional.empty(),
            () -> new ApiCounters(stripe.requestCounts(), -1),
            stripe);
      }
    };
  }
}

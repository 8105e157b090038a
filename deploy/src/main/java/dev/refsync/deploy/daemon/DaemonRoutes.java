package dev.refsync.deploy.daemon;

import dev.refsync.core.route.RefsyncRouteTemplates;
import dev.refsync.deploy.daemon.config.ConnectionSettings;
import dev.refsync.deploy.daemon.config.DaemonSettings;
import java.util.Set;
import org.apache.camel.builder.RouteBuilder;

/**
 * Instantiates the core route templates for the connections in {@code refsync.yaml}: a pull and a
 * push route per connection, one engine route, a Quartz schedule for each, and a webhook route for
 * each connection whose vendor sends webhooks.
 */
final class DaemonRoutes extends RouteBuilder {
  private final DaemonSettings settings;
  private final Set<String> webhookConnections;
  private final boolean schedule;

  /**
   * @param schedule false for {@code refsync demo}, which drives the same routes cycle by cycle
   */
  DaemonRoutes(DaemonSettings settings, Set<String> webhookConnections, boolean schedule) {
    this.settings = settings;
    this.webhookConnections = Set.copyOf(webhookConnections);
    this.schedule = schedule;
  }

  @Override
  public void configure() {
    RefsyncRouteTemplates.define(this);
    for (ConnectionSettings connection : settings.connections()) {
      String name = connection.name();
      templatedRoute(RefsyncRouteTemplates.PULL)
          .routeId("pull-" + name)
          .parameter("connection", name);
      templatedRoute(RefsyncRouteTemplates.PUSH)
          .routeId("push-" + name)
          .parameter("connection", name);
      if (schedule) {
        schedule("pull-" + name, connection.schedules().pull(), "direct:pull-" + name);
        schedule("push-" + name, connection.schedules().push(), "direct:push-" + name);
      }
      if (webhookConnections.contains(name)) {
        templatedRoute(RefsyncRouteTemplates.WEBHOOK)
            .routeId("webhook-" + name)
            .parameter("system", connection.type().yamlName())
            .parameter("connection", name)
            .parameter("bean", WebhookDispatcher.BEAN);
      }
    }
    templatedRoute(RefsyncRouteTemplates.ENGINE).routeId("engine");
    if (schedule) {
      schedule("engine", settings.schedules().engine(), "direct:engine");
    }
  }

  private void schedule(String name, String cron, String target) {
    templatedRoute(RefsyncRouteTemplates.SCHEDULE)
        .routeId("schedule-" + name)
        .parameter("name", name)
        .parameter("cron", cron.replace(' ', '+'))
        .parameter("target", target);
  }
}

package dev.refsync.core.route;

import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.QuotaExhaustedException;
import dev.refsync.core.error.RateLimitedException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * The one error policy every Refsync route shares (DESIGN 2). A failed step is logged and left for
 * its next schedule: pulls resume from the committed cursor and pushes from the pending outbox, so
 * a failure never loses data and retrying inside the route would only hammer a struggling vendor
 * (the adapters already retried what was worth retrying, honouring Retry-After).
 */
public final class RefsyncErrorPolicy extends RouteConfigurationBuilder {
  public static final String ID = "refsync-errors";

  @Override
  public void configuration() {
    routeConfiguration(ID)
        .onException(RateLimitedException.class, QuotaExhaustedException.class)
        .handled(true)
        .log(
            LoggingLevel.WARN,
            "dev.refsync.route",
            "${routeId}: vendor limit reached, the next run resumes: ${exception.message}")
        .end()
        .onException(ConnectorApiException.class)
        .handled(true)
        .log(
            LoggingLevel.WARN,
            "dev.refsync.route",
            "${routeId}: vendor call failed, the next run retries: ${exception.message}")
        .end()
        .onException(Exception.class)
        .handled(true)
        .log(
            LoggingLevel.ERROR,
            "dev.refsync.route",
            "${routeId} failed, the next run retries: ${exception.class.name}: ${exception.message}")
        .end();
  }
}

package dev.refsync.core.route;

import org.apache.camel.builder.RouteBuilder;

/**
 * The route templates of DESIGN 2, instantiated per connection by the daemon. Each route only moves
 * a trigger to a step of the {@code refsyncPipeline} bean ({@link dev.refsync.core.sync.Pipeline});
 * the logic lives there. Every route uses the shared error policy {@link RefsyncErrorPolicy}.
 *
 * <pre>
 *   quartz cron ─> direct:pull-{connection} ─> Pipeline.pull      (snapshots + cursor, per page)
 *   quartz cron ─> direct:engine            ─> Pipeline.evaluate  (ledger + outbox, one commit)
 *   quartz cron ─> direct:push-{connection} ─> Pipeline.push      (outbox -> vendor, batched)
 *   POST /webhooks/{system}/{connection}    ─> webhook bean       (same snapshots as a pull)
 * </pre>
 */
public final class RefsyncRouteTemplates {
  public static final String SCHEDULE = "refsync-schedule";
  public static final String PULL = "refsync-pull";
  public static final String ENGINE = "refsync-engine";
  public static final String PUSH = "refsync-push";
  public static final String WEBHOOK = "refsync-webhook";

  /** The registry name of the {@link dev.refsync.core.sync.Pipeline} bean the routes call. */
  public static final String PIPELINE_BEAN = "refsyncPipeline";

  /** The header carrying the connection name to the pipeline bean. */
  public static final String CONNECTION_HEADER = "refsyncConnection";

  private RefsyncRouteTemplates() {}

  /** Declares the templates on {@code builder}, which then instantiates them. */
  public static void define(RouteBuilder builder) {
    // stateful=true makes Quartz never fire a job while its previous run is in flight, so a slow
    // cycle delays the next one instead of overlapping it.
    builder
        .routeTemplate(SCHEDULE)
        .templateParameter("name")
        .templateParameter("cron")
        .templateParameter("target")
        .from("quartz:refsync/{{name}}?cron={{cron}}&stateful=true")
        .routeConfigurationId(RefsyncErrorPolicy.ID)
        .to("{{target}}");

    builder
        .routeTemplate(PULL)
        .templateParameter("connection")
        .from("direct:pull-{{connection}}")
        .routeConfigurationId(RefsyncErrorPolicy.ID)
        .setHeader(CONNECTION_HEADER, builder.constant("{{connection}}"))
        .bean(PIPELINE_BEAN, "pull(${header." + CONNECTION_HEADER + "})");

    builder
        .routeTemplate(ENGINE)
        .from("direct:engine")
        .routeConfigurationId(RefsyncErrorPolicy.ID)
        .bean(PIPELINE_BEAN, "evaluate");

    builder
        .routeTemplate(PUSH)
        .templateParameter("connection")
        .from("direct:push-{{connection}}")
        .routeConfigurationId(RefsyncErrorPolicy.ID)
        .setHeader(CONNECTION_HEADER, builder.constant("{{connection}}"))
        .bean(PIPELINE_BEAN, "push(${header." + CONNECTION_HEADER + "})");

    builder
        .routeTemplate(WEBHOOK)
        .templateParameter("system")
        .templateParameter("connection")
        .templateParameter("bean")
        .from("platform-http:/webhooks/{{system}}/{{connection}}?httpMethodRestrict=POST")
        .routeConfigurationId(RefsyncErrorPolicy.ID)
        .setHeader(CONNECTION_HEADER, builder.constant("{{connection}}"))
        .bean("{{bean}}", "receive");
  }
}

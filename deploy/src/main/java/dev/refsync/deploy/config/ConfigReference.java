package dev.refsync.deploy.config;

import dev.refsync.core.config.ConfigDocs;
import dev.refsync.core.config.Secret;
import dev.refsync.core.store.StoreConfig;
import dev.refsync.core.sync.PushPolicy;
import dev.refsync.deploy.daemon.config.Schedules;
import dev.refsync.hubspot.HubSpotConfig;
import dev.refsync.salesforce.config.SalesforceConfig;
import dev.refsync.stripe.config.StripeConfig;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders {@code docs/configuration.md}, the configuration reference, from the {@link
 * dev.refsync.core.config.Doc} of every config record component (DESIGN 11), so the reference
 * cannot drift from the code: {@code ConfigReferenceUpToDateTest} fails when the committed file
 * differs from {@link #render()}.
 *
 * <p>Regenerate with {@code ./mvnw -o -pl deploy -am test -Dtest=ConfigReferenceUpToDateTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Drefsync.docs.update=true}, or run {@link #main} with
 * the target path.
 */
public final class ConfigReference {
  /** Where the reference lives, relative to the repository root. */
  public static final String DOCS_PATH = "docs/configuration.md";

  private static final String SECRET_NOTE =
      " **Secret**; also accepts `%s-file`, a path whose content is the value (e.g. a mounted"
          + " Kubernetes secret).";

  /**
   * The daemon's own keys. They have no config record in a library module to generate them from:
   * the daemon binds them itself, and this table follows its contract (issue 7).
   */
  private static final String TOP_LEVEL =
      """
      ## Top level

      | Key | Type | Default | Description |
      |---|---|---|---|
      | `refsync.plans` | path | required | The attribution rules and commission plans (`plans.yaml`, DESIGN 6). |
      | `refsync.mappings-dir` | path | none | Directory of `<system>.yaml` field mappings (`salesforce`, `hubspot`, `stripe`); a file there overrides the built-in default mapping of that system. |
      | `refsync.store` | section | embedded H2 file | See [State store](#state-store). |
      | `refsync.push` | section | see below | See [Push retries](#push-retries). |
      | `refsync.schedule` | section | every 5 minutes | See [Schedules](#schedules). |
      | `refsync.connections.<name>` | map | required | One entry per Salesforce org, HubSpot portal and (at most one) Stripe account; `<name>` appears in metrics, logs and webhook URLs (`/webhooks/hubspot/<name>`, `/webhooks/stripe/<name>`). |
      | `refsync.connections.<name>.type` | `salesforce` \\| `hubspot` \\| `stripe` | required | Which adapter serves the connection; its keys are in the sections below. |
      | `refsync.connections.<name>.mapping` | path | the built-in mapping | This connection's field mapping file; wins over `mappings-dir`. |
      | `refsync.connections.<name>.schedule` | section | `refsync.schedule` | This connection's own `pull` and `push` crons (see [Schedules](#schedules)). |

      Spring Boot's own keys (`server.port`, `management.*`, `logging.*`) may sit in the same file;
      `${VAR}` placeholders read environment variables.

      """;

  /** Stands in for the factory parameters that have no default; never rendered. */
  private static final Secret REQUIRED_SECRET = Secret.of("required");

  private ConfigReference() {}

  /** Writes the reference to {@code args[0]}, or to {@value #DOCS_PATH} under the working dir. */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : DOCS_PATH);
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    Files.writeString(target, render(), StandardCharsets.UTF_8);
    System.out.println("wrote " + target.toAbsolutePath());
  }

  /** The config records documented, in the order a reader meets them in {@code refsync.yaml}. */
  public static List<ConfigSection> sections() {
    return List.of(
        new ConfigSection(
            "State store",
            "refsync.store",
            "Where cursors, snapshots, the ledger, the outbox and dead letters live. Omit the"
                + " section for the embedded H2 file under `./refsync-data`; use PostgreSQL when"
                + " more than one replica runs (the leader lock lives in the store).",
            StoreConfig.class,
            StoreConfig.defaults(),
            Set.of(),
            Map.of()),
        new ConfigSection(
            "Schedules",
            "refsync.schedule",
            "Quartz cron expressions (seconds first) of the routes; a connection may override"
                + " `pull` and `push` under `refsync.connections.<name>.schedule`.",
            Schedules.class,
            Schedules.defaults(),
            Set.of(),
            Map.of()),
        new ConfigSection(
            "Push retries",
            "refsync.push",
            "How the push step retries CRM writes the vendor refused; rows that exhaust their"
                + " attempts become dead letters (`refsync dead-letters list|retry`).",
            PushPolicy.class,
            PushPolicy.defaults(),
            Set.of(),
            Map.of()),
        new ConfigSection(
            "Salesforce connection",
            "refsync.connections.<name>",
            "A connection with `type: salesforce`; one per org. Authenticates with the OAuth 2.0"
                + " JWT bearer flow of a connected app.",
            SalesforceConfig.class,
            SalesforceConfig.defaults(
                URI.create("https://login.salesforce.com"),
                "required",
                "required",
                REQUIRED_SECRET),
            Set.of("loginUrl", "clientId", "username", "privateKey"),
            Map.of(
                "jwtAudience",
                "derived from `login-url`: `"
                    + SalesforceConfig.SANDBOX_AUDIENCE
                    + "` for `test.salesforce.com` and `*.sandbox.my.salesforce.com`, else `"
                    + SalesforceConfig.PRODUCTION_AUDIENCE
                    + "`")),
        new ConfigSection(
            "HubSpot connection",
            "refsync.connections.<name>",
            "A connection with `type: hubspot`; one per portal. Authenticates with a private"
                + " app's access token.",
            HubSpotConfig.class,
            HubSpotConfig.defaults(REQUIRED_SECRET),
            Set.of("privateAppToken"),
            Map.of()),
        new ConfigSection(
            "Stripe connection",
            "refsync.connections.<name>",
            "A connection with `type: stripe`; at most one Stripe account.",
            StripeConfig.class,
            StripeConfig.defaults(REQUIRED_SECRET, REQUIRED_SECRET),
            Set.of("secretKey", "webhookSigningSecret"),
            Map.of()));
  }

  /** The whole reference as Markdown. */
  public static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# Configuration reference\n\n")
        .append("<!-- Generated by dev.refsync.deploy.config.ConfigReference from the @Doc of the")
        .append(" config records. Do not edit: change the @Doc and regenerate (see")
        .append(" deploy/README.md). -->\n\n")
        .append("Refsync reads `refsync.yaml` (path from `--config`, else the environment")
        .append(" variable `REFSYNC_CONFIG`, else `./refsync.yaml`). Keys are the config")
        .append(" records' component names in kebab-case. Durations take a unit (`500ms`,")
        .append(" `30s`, `5m`, `1h`, `30d`) or ISO-8601 (`PT30S`). Any secret key `x` may")
        .append(" instead be given as `x-file: /path`, whose file content is the secret; that is")
        .append(" how the Docker image, the Helm chart and the systemd unit pass credentials.")
        .append(" Examples: `deploy/examples/`.\n\n")
        .append(TOP_LEVEL);
    for (ConfigSection section : sections()) {
      renderSection(md, section);
    }
    return md.toString();
  }

  private static void renderSection(StringBuilder md, ConfigSection section) {
    md.append("## ")
        .append(section.title())
        .append("\n\n")
        .append("Keys under `")
        .append(section.yamlPath())
        .append("` (")
        .append("`")
        .append(section.type().getName())
        .append("`). ")
        .append(section.intro())
        .append("\n\n")
        .append("| Key | Type | Default | Description |\n")
        .append("|---|---|---|---|\n");
    Map<String, String> docs = ConfigDocs.of(section.type());
    for (RecordComponent component : section.type().getRecordComponents()) {
      String name = component.getName();
      String key = kebab(name);
      String doc = docs.get(name);
      if (component.getType() == Secret.class) {
        doc += SECRET_NOTE.formatted(key);
      }
      md.append("| `")
          .append(key)
          .append("` | ")
          .append(typeName(component.getType()))
          .append(" | ")
          .append(cell(defaultOf(section, component)))
          .append(" | ")
          .append(cell(doc))
          .append(" |\n");
    }
    md.append('\n');
  }

  /** {@code maxPoolSize} to {@code max-pool-size}, as Spring Boot binds it. */
  public static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String defaultOf(ConfigSection section, RecordComponent component) {
    String name = component.getName();
    if (section.required().contains(name)) {
      return "required";
    }
    if (section.notes().containsKey(name)) {
      return section.notes().get(name);
    }
    if (section.defaults() == null) {
      return "required";
    }
    return "`" + format(name, valueOf(section.defaults(), component)) + "`";
  }

  private static Object valueOf(Record instance, RecordComponent component) {
    try {
      return component.getAccessor().invoke(instance);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }

  private static String format(String name, Object value) {
    if (value == null) {
      return "none";
    }
    if (value instanceof Secret secret) {
      // A default credential would be a leak waiting to happen: only "none" is a valid default.
      if (!secret.isEmpty()) {
        throw new IllegalStateException(name + " has a non-empty default secret");
      }
      return "empty";
    }
    if (value instanceof Duration duration) {
      return duration(duration);
    }
    String text = value.toString();
    return text.isEmpty() ? "empty" : text;
  }

  /** The largest whole unit, as Spring Boot's simple duration style writes it. */
  static String duration(Duration d) {
    long ms = d.toMillis();
    if (ms != 0 && ms % 86_400_000 == 0) {
      return ms / 86_400_000 + "d";
    }
    if (ms != 0 && ms % 3_600_000 == 0) {
      return ms / 3_600_000 + "h";
    }
    if (ms != 0 && ms % 60_000 == 0) {
      return ms / 60_000 + "m";
    }
    if (ms % 1_000 == 0) {
      return ms / 1_000 + "s";
    }
    return ms + "ms";
  }

  private static String typeName(Class<?> type) {
    if (type == Secret.class) {
      return "secret";
    }
    if (type == String.class) {
      return "string";
    }
    if (type == URI.class) {
      return "URL";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "boolean";
    }
    if (type == Duration.class) {
      return "duration";
    }
    if (type == ZoneId.class) {
      return "time zone";
    }
    return type.getSimpleName();
  }

  /** A table cell: one line, pipes escaped. */
  private static String cell(String text) {
    return text.replace("\n", " ").replace("|", "\\|");
  }
}

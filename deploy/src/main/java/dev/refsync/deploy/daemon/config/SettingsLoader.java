package dev.refsync.deploy.daemon.config;

import dev.refsync.core.config.ConfigProblem;
import dev.refsync.core.config.InvalidConfigException;
import dev.refsync.core.plans.InvalidPlansException;
import dev.refsync.core.plans.PlansConfig;
import dev.refsync.core.plans.PlansLoader;
import dev.refsync.core.store.StoreConfig;
import dev.refsync.core.sync.PushPolicy;
import dev.refsync.hubspot.HubSpotConfig;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.MappingLoader;
import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.validate.InvalidMappingException;
import dev.refsync.salesforce.config.SalesforceConfig;
import dev.refsync.stripe.config.StripeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quartz.CronExpression;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Reads and validates the whole of {@code refsync.yaml} at start-up (issue #7, DESIGN 11): every
 * field of every section, then each record's own cross-field rules, then the plans and mapping
 * files - and reports every problem at once, each with its key and a hint. Nothing is connected to
 * and nothing is written before this passes.
 */
public final class SettingsLoader {
  /** The property that holds the config file's path; relative paths in it resolve from there. */
  public static final String CONFIG_FILE_PROPERTY = "refsync.config-file";

  private static final Set<String> CONNECTION_KEYS = Set.of("type", "mapping", "schedule");

  private SettingsLoader() {}

  /**
   * @throws InvalidConfigException listing every problem found
   */
  public static DaemonSettings load(Environment environment) {
    Map<String, Object> root = root(environment);
    Path base = baseDirectory(environment);
    List<ConfigProblem> problems = new ArrayList<>();

    StoreConfig store = store(root, problems);
    PushPolicy push =
        bindRecord(
            PushPolicy.class,
            "refsync.push",
            section(root, "push", problems),
            PushPolicy.defaults(),
            Set.of(),
            problems);
    Schedules schedules =
        schedules(
            "refsync.schedule",
            section(root, "schedule", problems),
            Schedules.defaults(),
            problems);
    PlansConfig plans = null;
    Path plansFile = null;
    Object plansValue = root.get("plans");
    if (plansValue == null) {
      problems.add(
          new ConfigProblem(
              "refsync.plans",
              "is missing",
              "point it at your plans.yaml (see examples/worked/plans.yaml)"));
    } else {
      plansFile = base.resolve(String.valueOf(plansValue));
      plans = loadPlans(plansFile, problems);
    }
    Path mappingsDir =
        root.get("mappings-dir") == null
            ? null
            : base.resolve(String.valueOf(root.get("mappings-dir")));
    // An invalid global schedule is already reported; connections still validate against the
    // documented defaults so that their own problems are found too.
    List<ConnectionSettings> connections =
        connections(
            section(root, "connections", problems),
            base,
            mappingsDir,
            schedules == null ? Schedules.defaults() : schedules,
            problems);
    for (String key : root.keySet()) {
      if (!Set.of(
              "store", "push", "schedule", "plans", "mappings-dir", "connections", "config-file")
          .contains(key)) {
        problems.add(
            new ConfigProblem(
                "refsync." + key,
                "is not a Refsync setting",
                "known: store, push, schedule, plans, mappings-dir, connections"));
      }
    }
    InvalidConfigException.throwIfAny(problems);
    return new DaemonSettings(plansFile, plans, store, push, schedules, connections);
  }

  /** Only the store section: what the offline commands (status, explain, ...) need. */
  public static StoreConfig loadStore(Environment environment) {
    Map<String, Object> root = root(environment);
    List<ConfigProblem> problems = new ArrayList<>();
    StoreConfig store = store(root, problems);
    InvalidConfigException.throwIfAny(problems);
    return store;
  }

  private static Map<String, Object> root(Environment environment) {
    return Binder.get(environment)
        .bind("refsync", Bindable.mapOf(String.class, Object.class))
        .orElse(Map.of());
  }

  private static StoreConfig store(Map<String, Object> root, List<ConfigProblem> problems) {
    StoreConfig store =
        bindRecord(
            StoreConfig.class,
            "refsync.store",
            section(root, "store", problems),
            StoreConfig.defaults(),
            Set.of(),
            problems);
    if (store != null) {
      problems.addAll(rekey(store.validate(), "store", "refsync.store"));
    }
    return store;
  }

  private static List<ConnectionSettings> connections(
      Map<String, Object> declared,
      Path base,
      Path mappingsDir,
      Schedules defaults,
      List<ConfigProblem> problems) {
    List<ConnectionSettings> connections = new ArrayList<>();
    if (declared.isEmpty()) {
      problems.add(
          new ConfigProblem(
              "refsync.connections",
              "declares no connection",
              "declare at least one Salesforce org, HubSpot portal or Stripe account"));
      return connections;
    }
    int stripes = 0;
    for (Map.Entry<String, Object> entry : declared.entrySet()) {
      String name = entry.getKey();
      String prefix = "refsync.connections." + name;
      if (!name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
        problems.add(
            new ConfigProblem(
                prefix,
                "is not a valid connection name",
                "use lower-case letters, digits and dashes, e.g. salesforce-main"));
        continue;
      }
      if (!(entry.getValue() instanceof Map<?, ?> raw)) {
        problems.add(new ConfigProblem(prefix, "is not a section", "give it type: and settings"));
        continue;
      }
      Map<String, Object> section = stringKeys(raw);
      ConnectionType type = type(prefix, section.get("type"), problems);
      if (type == null) {
        continue;
      }
      if (type == ConnectionType.STRIPE && ++stripes == 2) {
        problems.add(
            new ConfigProblem(
                prefix, "is a second Stripe connection", "Refsync reads one Stripe account"));
      }
      Record config = bindConnection(type, prefix, section, problems);
      MappingSpec mapping =
          mapping(type, prefix, section.get("mapping"), base, mappingsDir, problems);
      Schedules schedules =
          schedules(
              prefix + ".schedule",
              subsection(section, "schedule", prefix, problems),
              defaults,
              problems);
      if (config != null && mapping != null && schedules != null) {
        connections.add(new ConnectionSettings(name, type, config, mapping, schedules));
      }
    }
    return connections;
  }

  private static Record bindConnection(
      ConnectionType type,
      String prefix,
      Map<String, Object> section,
      List<ConfigProblem> problems) {
    return switch (type) {
      case HUBSPOT -> {
        HubSpotConfig config =
            bindRecord(
                HubSpotConfig.class,
                prefix,
                section,
                HubSpotConfig.defaults(null),
                CONNECTION_KEYS,
                problems);
        if (config != null) {
          problems.addAll(rekey(config.validate(), "hubspot", prefix));
        }
        yield config;
      }
      case SALESFORCE -> {
        SalesforceConfig defaults = SalesforceConfig.defaults(null, null, null, null);
        SalesforceConfig config =
            bindRecord(
                SalesforceConfig.class, prefix, section, defaults, CONNECTION_KEYS, problems);
        if (config != null && section.get("jwt-audience") == null && config.loginUrl() != null) {
          // The audience follows the login URL unless set (Salesforce: test.salesforce.com for
          // sandboxes), as SalesforceConfig.defaults does.
          config = config.withJwtAudience(SalesforceConfig.defaultAudience(config.loginUrl()));
        }
        if (config != null) {
          problems.addAll(rekey(config.validate(), "salesforce", prefix));
        }
        yield config;
      }
      case STRIPE -> {
        StripeConfig config =
            bindRecord(
                StripeConfig.class,
                prefix,
                section,
                StripeConfig.defaults(null, null),
                CONNECTION_KEYS,
                problems);
        if (config != null) {
          problems.addAll(rekey(config.validate(), "stripe", prefix));
        }
        yield config;
      }
    };
  }

  private static MappingSpec mapping(
      ConnectionType type,
      String prefix,
      Object explicit,
      Path base,
      Path mappingsDir,
      List<ConfigProblem> problems) {
    Path file = null;
    if (explicit != null) {
      file = base.resolve(String.valueOf(explicit));
    } else if (mappingsDir != null) {
      Path candidate = mappingsDir.resolve(DefaultMappings.fileName(type.system()));
      file = Files.exists(candidate) ? candidate : null;
    }
    try {
      MappingSpec spec =
          file == null ? DefaultMappings.load(type.system()) : MappingLoader.load(file);
      if (spec.system() != type.system()) {
        problems.add(
            new ConfigProblem(
                prefix + ".mapping",
                file + " is a " + spec.system() + " mapping, the connection is " + type.yamlName(),
                "point it at a mapping with system: " + type.yamlName()));
        return null;
      }
      return spec;
    } catch (InvalidMappingException e) {
      e.problems()
          .forEach(
              p -> problems.add(new ConfigProblem(prefix + ".mapping", p.toString(), p.hint())));
      return null;
    }
  }

  private static PlansConfig loadPlans(Path file, List<ConfigProblem> problems) {
    if (!Files.isRegularFile(file)) {
      problems.add(
          new ConfigProblem(
              "refsync.plans", "file " + file + " does not exist", "point it at your plans.yaml"));
      return null;
    }
    try {
      return PlansLoader.load(file);
    } catch (InvalidPlansException e) {
      e.problems()
          .forEach(p -> problems.add(new ConfigProblem("refsync.plans", p.format(), p.hint())));
      return null;
    }
  }

  private static Schedules schedules(
      String prefix,
      Map<String, Object> section,
      Schedules defaults,
      List<ConfigProblem> problems) {
    Schedules bound = bindRecord(Schedules.class, prefix, section, defaults, Set.of(), problems);
    if (bound == null) {
      return null;
    }
    boolean valid = true;
    for (Map.Entry<String, String> cron :
        Map.of("pull", bound.pull(), "engine", bound.engine(), "push", bound.push()).entrySet()) {
      if (!CronExpression.isValidExpression(cron.getValue())) {
        valid = false;
        problems.add(
            new ConfigProblem(
                prefix + "." + cron.getKey(),
                "'" + cron.getValue() + "' is not a Quartz cron expression",
                "seconds come first: \"0 */5 * * * ?\" runs every five minutes"));
      }
    }
    return valid ? bound : null;
  }

  private static <R extends Record> R bindRecord(
      Class<R> type,
      String prefix,
      Map<String, Object> section,
      R defaults,
      Set<String> ignored,
      List<ConfigProblem> problems) {
    RecordBinder.Bound<R> bound = RecordBinder.bind(type, prefix, section, defaults, ignored);
    problems.addAll(bound.problems());
    return bound.value();
  }

  /** The adapters key their problems by record component ({@code hubspot.baseUrl}). */
  private static List<ConfigProblem> rekey(
      List<ConfigProblem> found, String adapterPrefix, String prefix) {
    List<ConfigProblem> out = new ArrayList<>();
    for (ConfigProblem p : found) {
      String key =
          p.key().startsWith(adapterPrefix + ".")
              ? p.key().substring(adapterPrefix.length() + 1)
              : p.key();
      out.add(new ConfigProblem(prefix + "." + RecordBinder.kebab(key), p.message(), p.hint()));
    }
    return out;
  }

  private static ConnectionType type(String prefix, Object value, List<ConfigProblem> problems) {
    if (value == null) {
      problems.add(
          new ConfigProblem(prefix + ".type", "is missing", "write salesforce, hubspot or stripe"));
      return null;
    }
    try {
      return ConnectionType.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(
          new ConfigProblem(
              prefix + ".type",
              "'" + value + "' is not a connection type",
              "write salesforce, hubspot or stripe"));
      return null;
    }
  }

  private static Map<String, Object> section(
      Map<String, Object> root, String key, List<ConfigProblem> problems) {
    return subsection(root, key, "refsync", problems);
  }

  private static Map<String, Object> subsection(
      Map<String, Object> parent, String key, String prefix, List<ConfigProblem> problems) {
    Object value = parent.get(key);
    if (value == null) {
      return Map.of();
    }
    if (value instanceof Map<?, ?> map) {
      return stringKeys(map);
    }
    problems.add(
        new ConfigProblem(prefix + "." + key, "is not a section", "indent its settings under it"));
    return Map.of();
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  private static Path baseDirectory(Environment environment) {
    String file = environment.getProperty(CONFIG_FILE_PROPERTY);
    if (file == null) {
      return Path.of("").toAbsolutePath();
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }
}

package dev.refsync.deploy.daemon;

import dev.refsync.deploy.daemon.config.SettingsLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The daemon: Spring Boot hosting Camel (issue #7). {@code refsync.yaml} is Spring Boot's config
 * file, so Refsync's own settings sit beside the usual {@code server.*}, {@code management.*} and
 * {@code logging.*}; environment variables and {@code ${...}} placeholders work as in any Spring
 * Boot application.
 */
@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)
public class RefsyncDaemon {

  /**
   * Starts the daemon on a config file.
   *
   * @param overrides properties that win over the file (the demo points connections at sandboxes)
   */
  public static ConfigurableApplicationContext start(
      Path configFile, Map<String, Object> overrides, ConnectionFactory connections) {
    SpringApplication app = new SpringApplication(RefsyncDaemon.class);
    app.setDefaultProperties(defaults());
    app.addInitializers(
        context -> context.getBeanFactory().registerSingleton("connectionFactory", connections));
    // Passed as command-line arguments: they win over the file and, unlike a property source added
    // by an initializer, are already visible when logging is configured.
    List<String> args = new ArrayList<>();
    args.add("--spring.config.location=optional:classpath:/,file:" + configFile.toAbsolutePath());
    args.add("--" + SettingsLoader.CONFIG_FILE_PROPERTY + "=" + configFile.toAbsolutePath());
    overrides.forEach((key, value) -> args.add("--" + key + "=" + value));
    return app.run(args.toArray(String[]::new));
  }

  /**
   * Spring Boot settings Refsync needs unless the file says otherwise: health probes on the main
   * port for Kubernetes, every other management endpoint on localhost only, graceful shutdown that
   * lets the batch in flight finish, and Camel kept running with supervised routes.
   */
  static Map<String, Object> defaults() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("spring.main.banner-mode", "off");
    d.put("spring.application.name", "refsync");
    // logback.xml keeps the CLI quiet (WARN); the daemon reports its work at INFO.
    d.put("logging.level.dev.refsync", "INFO");
    d.put("logging.level.org.springframework.boot.StartupInfoLogger", "INFO");
    d.put("server.port", "8080");
    d.put("server.shutdown", "graceful");
    // HubSpot signs the public URL it called; behind a proxy that is X-Forwarded-Proto/Host's.
    d.put("server.forward-headers-strategy", "framework");
    d.put("spring.lifecycle.timeout-per-shutdown-phase", "45s");
    d.put("management.server.port", "8081");
    d.put("management.server.address", "127.0.0.1");
    d.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
    d.put("management.endpoint.health.probes.enabled", "true");
    d.put("management.endpoint.health.probes.add-additional-paths", "true");
    d.put("management.endpoint.health.show-details", "always");
    d.put("management.endpoint.health.group.readiness.include", "readinessState,store");
    d.put("camel.main.name", "refsync");
    d.put("camel.main.run-controller", "true");
    d.put("camel.main.shutdown-timeout", "45");
    d.put("camel.routecontroller.enabled", "true");
    d.put("camel.routecontroller.back-off-delay", "5000");
    d.put("camel.routecontroller.back-off-max-delay", "300000");
    d.put("camel.routecontroller.back-off-multiplier", "2");
    d.put("camel.component.quartz.prefix-job-name-with-endpoint-id", "true");
    return d;
  }
}

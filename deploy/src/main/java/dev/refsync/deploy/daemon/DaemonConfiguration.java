package dev.refsync.deploy.daemon;

import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.engine.RefsyncEngine;
import dev.refsync.core.port.ExclusiveRunner;
import dev.refsync.core.route.RefsyncErrorPolicy;
import dev.refsync.core.route.RefsyncRouteTemplates;
import dev.refsync.core.store.DataSources;
import dev.refsync.core.store.Migrations;
import dev.refsync.core.store.Store;
import dev.refsync.core.sync.EngineStep;
import dev.refsync.core.sync.Pipeline;
import dev.refsync.core.sync.PullStep;
import dev.refsync.core.sync.PushStep;
import dev.refsync.deploy.daemon.config.ConnectionSettings;
import dev.refsync.deploy.daemon.config.DaemonSettings;
import dev.refsync.deploy.daemon.config.SettingsLoader;
import dev.refsync.deploy.daemon.ops.ApiMeters;
import dev.refsync.deploy.daemon.ops.PipelineHealth;
import dev.refsync.deploy.daemon.ops.PipelineObserver;
import dev.refsync.deploy.daemon.ops.StoreGauges;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The daemon's wiring (issue #7): settings validated first, then the store, the adapters, the
 * pipeline steps and the routes. Nothing is connected to or written before the settings pass.
 */
@Configuration(proxyBeanMethods = false)
public class DaemonConfiguration {
  private static final Logger log = LoggerFactory.getLogger(DaemonConfiguration.class);

  /** Whether the routes get their Quartz schedules; {@code refsync demo} drives cycles itself. */
  public static final String SCHEDULE_PROPERTY = "refsync-runtime.schedule-routes";

  @Bean
  DaemonSettings refsyncSettings(Environment environment) {
    DaemonSettings settings = SettingsLoader.load(environment);
    log.info(
        "Refsync configured with {} connection(s): {}; store {}",
        settings.connections().size(),
        settings.connections().stream()
            .map(c -> c.name() + " (" + c.type().yamlName() + ")")
            .collect(Collectors.joining(", ")),
        settings.store().redactedUrl());
    return settings;
  }

  @Bean
  Clock refsyncClock() {
    return Clock.systemUTC();
  }

  @Bean(destroyMethod = "close")
  HikariDataSource refsyncDataSource(DaemonSettings settings) {
    HikariDataSource dataSource = DataSources.create(settings.store());
    Migrations.migrate(dataSource);
    return dataSource;
  }

  @Bean
  Store refsyncStore(HikariDataSource refsyncDataSource, Clock refsyncClock) {
    return new Store(refsyncDataSource, refsyncClock);
  }

  @Bean
  PlatformTransactionManager transactionManager(HikariDataSource refsyncDataSource) {
    return new DataSourceTransactionManager(refsyncDataSource);
  }

  @Bean
  DefaultLockRepository refsyncLockRepository(HikariDataSource refsyncDataSource) {
    DefaultLockRepository repository = new DefaultLockRepository(refsyncDataSource);
    repository.setPrefix("REFSYNC_");
    return repository;
  }

  @Bean
  ExclusiveRunner refsyncLeaderLock(DefaultLockRepository refsyncLockRepository) {
    return new JdbcLeaderLock(new JdbcLockRegistry(refsyncLockRepository));
  }

  /**
   * Pages one pull call reads at most before its route yields; the next schedule (or the next call
   * of a backfill) continues from the committed cursor.
   */
  public static final int PULL_PAGES_PER_CALL = 50;

  @Bean
  PullStep refsyncPullStep(Store refsyncStore) {
    return new PullStep(refsyncStore, PULL_PAGES_PER_CALL);
  }

  @Bean(destroyMethod = "")
  List<ConnectionRuntime> refsyncConnections(
      DaemonSettings settings,
      ConnectionFactory connectionFactory,
      Clock refsyncClock,
      PullStep refsyncPullStep) {
    List<ConnectionRuntime> runtimes = new ArrayList<>();
    for (ConnectionSettings connection : settings.connections()) {
      runtimes.add(connectionFactory.create(connection, refsyncClock, refsyncPullStep::ingest));
    }
    return runtimes;
  }

  @Bean
  ConnectionResources refsyncConnectionResources(List<ConnectionRuntime> refsyncConnections) {
    return new ConnectionResources(refsyncConnections);
  }

  @Bean
  StoreGauges refsyncStoreGauges(Store refsyncStore, Clock refsyncClock, MeterRegistry registry) {
    return new StoreGauges(refsyncStore, refsyncClock, registry);
  }

  @Bean
  ApiMeters refsyncApiMeters(MeterRegistry registry, List<ConnectionRuntime> refsyncConnections) {
    return new ApiMeters(registry, refsyncConnections);
  }

  @Bean
  PipelineObserver refsyncObserver(
      MeterRegistry registry,
      Clock refsyncClock,
      StoreGauges refsyncStoreGauges,
      ApiMeters refsyncApiMeters) {
    return new PipelineObserver(
        registry,
        refsyncClock,
        () -> {
          refsyncStoreGauges.refresh();
          refsyncApiMeters.refresh();
        });
  }

  @Bean(name = RefsyncRouteTemplates.PIPELINE_BEAN)
  Pipeline refsyncPipeline(
      DaemonSettings settings,
      Store refsyncStore,
      Clock refsyncClock,
      PullStep refsyncPullStep,
      List<ConnectionRuntime> refsyncConnections,
      ExclusiveRunner refsyncLeaderLock,
      PipelineObserver refsyncObserver) {
    RefsyncEngine engine =
        new RefsyncEngine(settings.plans(), DomainNormalizer.withDefaultFreeMailList());
    EngineStep engineStep =
        new EngineStep(
            refsyncStore,
            engine,
            refsyncConnections.stream().map(ConnectionRuntime::planner).toList(),
            refsyncClock);
    return new Pipeline(
        refsyncStore,
        refsyncConnections.stream().map(ConnectionRuntime::source).toList(),
        refsyncConnections.stream().map(ConnectionRuntime::pusher).toList(),
        refsyncPullStep,
        engineStep,
        new PushStep(refsyncStore, settings.push(), refsyncClock),
        refsyncLeaderLock,
        refsyncObserver);
  }

  @Bean(name = WebhookDispatcher.BEAN)
  WebhookDispatcher refsyncWebhooks(List<ConnectionRuntime> refsyncConnections) {
    Map<String, WebhookEndpoint> endpoints = new LinkedHashMap<>();
    refsyncConnections.forEach(c -> c.webhook().ifPresent(w -> endpoints.put(c.name(), w)));
    return new WebhookDispatcher(endpoints);
  }

  @Bean
  RouteConfigurationBuilder refsyncErrorPolicy() {
    return new RefsyncErrorPolicy();
  }

  @Bean
  RouteBuilder refsyncRoutes(
      DaemonSettings settings,
      List<ConnectionRuntime> refsyncConnections,
      Environment environment) {
    return new DaemonRoutes(
        settings,
        refsyncConnections.stream()
            .filter(c -> c.webhook().isPresent())
            .map(ConnectionRuntime::name)
            .collect(Collectors.toSet()),
        environment.getProperty(SCHEDULE_PROPERTY, Boolean.class, true));
  }

  /** {@code /actuator/health/store}: the store answers, with outbox depth and dead letters. */
  @Bean(name = "store")
  HealthIndicator storeHealth(Store refsyncStore) {
    return PipelineHealth.store(refsyncStore);
  }

  /** {@code /actuator/health/connections/{name}}: each connection's last pull and push. */
  @Bean(name = "connections")
  CompositeHealthContributor connectionsHealth(
      List<ConnectionRuntime> refsyncConnections, PipelineObserver refsyncObserver) {
    Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
    for (ConnectionRuntime connection : refsyncConnections) {
      indicators.put(
          connection.name(),
          PipelineHealth.connection(connection.name(), refsyncObserver, List.of("pull", "push")));
    }
    return CompositeHealthContributor.fromMap(indicators);
  }

  /** Closes the adapters' HTTP clients when the context stops. */
  static final class ConnectionResources implements AutoCloseable {
    private final List<ConnectionRuntime> runtimes;

    ConnectionResources(List<ConnectionRuntime> runtimes) {
      this.runtimes = runtimes;
    }

    @Override
    public void close() {
      for (ConnectionRuntime runtime : runtimes) {
        try {
          runtime.resources().close();
        } catch (Exception e) {
          log.warn("Could not close connection {}: {}", runtime.name(), e.getMessage());
        }
      }
    }
  }
}

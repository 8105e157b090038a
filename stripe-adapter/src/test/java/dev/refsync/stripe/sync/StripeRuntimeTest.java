package dev.refsync.stripe.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.config.ConfigProblem;
import dev.refsync.core.config.InvalidConfigException;
import dev.refsync.core.config.Secret;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.stripe.config.StripeConfig;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class StripeRuntimeTest {
  private final StripeConfig config =
      StripeConfig.defaults(Secret.of("sk_test_runtime"), Secret.of("whsec_runtime"));

  @Test
  void wiresOneConnectionWithoutCallingStripe() {
    try (StripeRuntime runtime =
        StripeRuntime.create(
            "stripe-main", config, DefaultMappings.load(SystemName.STRIPE), Clock.systemUTC())) {
      assertThat(runtime.source().connection()).isEqualTo("stripe-main");
      assertThat(runtime.source().objectTypes()).containsExactly(StripeSource.EVENTS);
      assertThat(runtime.pusher().connection()).isEqualTo("stripe-main");
      assertThat(runtime.pusher().targetTypes()).containsExactly("customer");
      assertThat(runtime.pusher().batchSize("customer")).isEqualTo(1);
      assertThat(runtime.planner().connection()).isEqualTo("stripe-main");
      assertThat(runtime.requestCounts()).isEmpty();
    }
  }

  @Test
  void refusesAMappingOfAnotherSystem() {
    assertThatThrownBy(
            () ->
                StripeRuntime.create(
                    "stripe-main",
                    config,
                    DefaultMappings.load(SystemName.HUBSPOT),
                    Clock.systemUTC()))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ConfigProblem::key)
                    .containsExactly("stripe.mapping"));
  }

  @Test
  void refusesAnInvalidConfigListingItsProblems() {
    assertThatThrownBy(
            () ->
                StripeRuntime.create(
                    "stripe-main",
                    config.withEventsPageSize(500),
                    DefaultMappings.load(SystemName.STRIPE),
                    Clock.systemUTC()))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ConfigProblem::key)
                    .contains("stripe.eventsPageSize"));
  }
}

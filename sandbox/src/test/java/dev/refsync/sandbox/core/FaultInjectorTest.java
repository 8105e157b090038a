package dev.refsync.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

  private final FaultInjector faults = new FaultInjector();

  @Test
  void appliesEachKnobToExactlyTheNextNRequests() {
    faults.failNext(2, 503);

    assertThat(faults.next("a")).contains(new Fault.ServerError(503));
    assertThat(faults.next("b")).contains(new Fault.ServerError(503));
    assertThat(faults.next("c")).isEmpty();
  }

  @Test
  void endpointTargetedFaultsSkipOtherEndpoints() {
    faults.resetNext(1, "objects.search");

    assertThat(faults.next("objects.get")).isEmpty();
    assertThat(faults.next("objects.search")).contains(new Fault.ConnectionReset());
    assertThat(faults.next("objects.search")).isEmpty();
  }

  @Test
  void rulesAreConsumedInTheOrderAdded() {
    faults.malformNext(1).failNext(1, 500);

    assertThat(faults.next("x")).contains(new Fault.MalformedBody());
    assertThat(faults.next("x")).contains(new Fault.ServerError(500));
    assertThat(faults.pending()).isZero();
  }

  @Test
  void endpointLatencyOverridesTheDefault() {
    faults.latency(Duration.ofMillis(5)).latency(Duration.ofMillis(50), "slow");

    assertThat(faults.latencyFor("slow")).isEqualTo(Duration.ofMillis(50));
    assertThat(faults.latencyFor("other")).isEqualTo(Duration.ofMillis(5));
    faults.clear();
    assertThat(faults.latencyFor("slow")).isZero();
  }
}

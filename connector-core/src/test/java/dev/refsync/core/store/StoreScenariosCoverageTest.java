package dev.refsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Guards the PostgreSQL run: every scenario written for H2 is also listed for PostgreSQL. */
class StoreScenariosCoverageTest {
  @Test
  void everyScenarioIsListedForThePostgresRun() {
    long scenarioMethods =
        Arrays.stream(StoreScenarios.class.getDeclaredMethods())
            .filter(m -> Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
            .filter(StoreScenariosCoverageTest::takesOnlyAFixture)
            .count();

    assertThat(StoreScenarios.all()).hasSize((int) scenarioMethods);
  }

  private static boolean takesOnlyAFixture(Method method) {
    return method.getParameterCount() == 1
        && method.getParameterTypes()[0] == StoreFixture.class
        && method.getReturnType() == void.class;
  }
}

package dev.refsync.deploy.daemon;

import dev.refsync.core.port.ExclusiveRunner;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;

/**
 * The leader lock of issue #7: Spring Integration's {@link JdbcLockRegistry} on the store's {@code
 * REFSYNC_LOCK} table, so two replicas against one PostgreSQL never run the same step at once. A
 * replica that finds the key held skips the step; its next schedule tries again.
 */
final class JdbcLeaderLock implements ExclusiveRunner {
  private final JdbcLockRegistry registry;

  JdbcLeaderLock(JdbcLockRegistry registry) {
    this.registry = registry;
  }

  @Override
  public <T> Optional<T> tryRun(String key, Supplier<T> work) {
    Lock lock = registry.obtain(key);
    if (!lock.tryLock()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(work.get());
    } finally {
      lock.unlock();
    }
  }
}

package dev.refsync.core.port;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs a step only where no other runner holds its key: two replicas of the daemon on one database
 * never pull, evaluate or push the same thing at once (issue #7). The daemon backs it with a lock
 * table in the store; {@link #local()} serves a single process.
 */
public interface ExclusiveRunner {

  /**
   * Runs {@code work} if the key is free, holding it until the work returns.
   *
   * @return the work's result, or empty when another runner holds the key (the step is skipped; its
   *     next schedule tries again)
   */
  <T> Optional<T> tryRun(String key, Supplier<T> work);

  /** Exclusive within this process only. */
  static ExclusiveRunner local() {
    Map<String, Lock> locks = new ConcurrentHashMap<>();
    return new ExclusiveRunner() {
      @Override
      public <T> Optional<T> tryRun(String key, Supplier<T> work) {
        Lock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        if (!lock.tryLock()) {
          return Optional.empty();
        }
        try {
          return Optional.ofNullable(work.get());
        } finally {
          lock.unlock();
        }
      }
    };
  }
}

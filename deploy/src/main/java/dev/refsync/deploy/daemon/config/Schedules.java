package dev.refsync.deploy.daemon.config;

import dev.refsync.core.config.Doc;

/**
 * When the routes run: Quartz cron expressions (seconds first), per step.
 *
 * @param pull when each connection pulls
 * @param engine when attribution and commissions are evaluated
 * @param push when each connection pushes its outbox
 */
public record Schedules(
    @Doc("Quartz cron of the pull of each connection; default every 5 minutes on the minute.")
        String pull,
    @Doc("Quartz cron of the engine run; default every 5 minutes, one minute after the pull.")
        String engine,
    @Doc("Quartz cron of the push of each connection; default every 5 minutes, after the engine.")
        String push) {

  public static Schedules defaults() {
    return new Schedules("0 */5 * * * ?", "0 1/5 * * * ?", "0 2/5 * * * ?");
  }
}

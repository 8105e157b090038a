package dev.refsync.deploy.daemon;

import java.util.List;

/**
 * A connection's provisioning (DESIGN 8): creates the fields and objects Refsync writes that are
 * missing, changes nothing that exists.
 */
public interface Provisioning {
  /** What {@link #apply()} would create, one line each; creates nothing ({@code --dry-run}). */
  List<String> plan();

  /** Creates what is missing; one line per component, each saying created or why it failed. */
  List<Outcome> apply();

  /** One component's fate. */
  record Outcome(String description, boolean created, String error) {}
}

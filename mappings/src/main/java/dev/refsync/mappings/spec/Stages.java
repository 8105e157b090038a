package dev.refsync.mappings.spec;

import java.util.List;

/**
 * Which vendor stage values mean closed-won and closed-lost; every other value is OPEN.
 *
 * @param closedWon at least one value
 * @param closedLost may be empty
 */
public record Stages(List<String> closedWon, List<String> closedLost) {
  public Stages {
    closedWon = closedWon == null ? List.of() : List.copyOf(closedWon);
    closedLost = closedLost == null ? List.of() : List.copyOf(closedLost);
  }
}

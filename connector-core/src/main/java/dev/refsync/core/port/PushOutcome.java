package dev.refsync.core.port;

import dev.refsync.core.store.OutboxRow;
import java.util.List;

/**
 * What the vendor did with one batch: every row sent is either accepted or failed.
 *
 * @param accepted rows the vendor accepted; marked done
 * @param failed rows the vendor refused, with its error
 */
public record PushOutcome(List<OutboxRow> accepted, List<PushFailure> failed) {
  public PushOutcome {
    accepted = List.copyOf(accepted);
    failed = List.copyOf(failed);
  }

  public static PushOutcome allAccepted(List<OutboxRow> rows) {
    return new PushOutcome(rows, List.of());
  }
}

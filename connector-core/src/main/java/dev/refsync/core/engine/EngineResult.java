package dev.refsync.core.engine;

import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Rejection;
import java.util.List;

/** One evaluation of the engines: the output of DESIGN 7 and what the store persists. */
public record EngineResult(
    List<Attribution> attributions, List<Rejection> rejections, List<CommissionEntry> commissions) {
  public EngineResult {
    attributions = List.copyOf(attributions);
    rejections = List.copyOf(rejections);
    commissions = List.copyOf(commissions);
  }
}

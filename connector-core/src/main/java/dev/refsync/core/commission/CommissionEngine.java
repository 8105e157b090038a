package dev.refsync.core.commission;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.plans.PlansConfig;
import java.time.Instant;
import java.util.List;

/** PLACEHOLDER SIGNATURE: replaced by the commission work before landing. */
public final class CommissionEngine {
  public CommissionEngine(PlansConfig plans) {}

  public List<CommissionEntry> compute(
      CanonicalDataset data, List<Attribution> attributions, Instant asOf) {
    throw new UnsupportedOperationException("PLACEHOLDER");
  }
}

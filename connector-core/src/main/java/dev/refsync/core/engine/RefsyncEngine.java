package dev.refsync.core.engine;

import dev.refsync.core.attribution.AttributionEngine;
import dev.refsync.core.attribution.AttributionResult;
import dev.refsync.core.commission.CommissionEngine;
import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.plans.PlansConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Attribution then commissions, as one pure evaluation. The daemon evaluates as of its {@link
 * Clock}; {@code refsync engine} as of {@code --as-of}.
 */
public final class RefsyncEngine {
  private final PlansConfig plans;
  private final AttributionEngine attribution;
  private final CommissionEngine commissions;

  public RefsyncEngine(PlansConfig plans, DomainNormalizer domains) {
    this.plans = Objects.requireNonNull(plans, "plans");
    this.attribution = new AttributionEngine(plans.rules(), domains);
    this.commissions = new CommissionEngine(plans);
  }

  /** Evaluates as of the clock's current instant. */
  public EngineResult evaluate(CanonicalDataset data, Clock clock) {
    return evaluate(data, clock.instant());
  }

  /** Evaluates as of {@code asOf}: records dated after it are ignored by both engines. */
  public EngineResult evaluate(CanonicalDataset data, Instant asOf) {
    AttributionResult attributed = attribution.attribute(data, asOf);
    List<CommissionEntry> entries = commissions.compute(data, attributed.attributions(), asOf);
    return new EngineResult(attributed.attributions(), attributed.rejections(), entries);
  }

  public PlansConfig plans() {
    return plans;
  }
}

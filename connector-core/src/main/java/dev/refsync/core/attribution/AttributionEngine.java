package dev.refsync.core.attribution;

import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.plans.AttributionRules;
import java.time.Instant;

/** PLACEHOLDER SIGNATURE: replaced by the attribution work before landing. */
public final class AttributionEngine {
  public AttributionEngine(AttributionRules rules, DomainNormalizer domains) {}

  public AttributionResult attribute(CanonicalDataset data, Instant asOf) {
    throw new UnsupportedOperationException("PLACEHOLDER");
  }
}

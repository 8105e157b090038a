package dev.refsync.core.commission;

import dev.refsync.core.plans.Plan;
import java.time.Instant;

/** Everything a reward calculator needs for one conversion under its referrer's plan. */
record AccrualContext(
    Plan plan,
    Conversion conversion,
    TriggerPoint trigger,
    AccountTimeline timeline,
    Instant asOf) {}

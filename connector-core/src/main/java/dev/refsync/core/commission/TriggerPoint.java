package dev.refsync.core.commission;

import dev.refsync.core.model.Payment;
import java.time.Instant;

/**
 * When a plan's trigger fires for a conversion (DESIGN 5 "trigger").
 *
 * @param at the trigger time; may still be after the evaluation time (then nothing is earned yet)
 * @param payment the account's first payment on or after the deal's close, for payment-based
 *     triggers; null for CLOSED_WON
 * @param description how a rep reads it, e.g. "earned at signature"
 */
record TriggerPoint(Instant at, Payment payment, String description) {}

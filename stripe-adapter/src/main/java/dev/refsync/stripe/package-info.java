/**
 * Stripe adapter: events feed, payments, refunds, disputes, churn, customer metadata (DESIGN 1, 8).
 */
package dev.refsync.stripe;

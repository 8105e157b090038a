package dev.refsync.sandbox.stripe;

/**
 * The invoice a subscription period was billed with, and the PaymentIntent and charge that paid it
 * (amount in minor units).
 */
public record PaidInvoice(
    String invoiceId, String paymentIntentId, String chargeId, long amount, String currency) {}

package dev.refsync.sandbox.stripe;

/** The invoice and charge a subscription period was paid with (amount in minor units). */
public record PaidInvoice(String invoiceId, String chargeId, long amount, String currency) {}

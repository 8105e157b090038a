package dev.refsync.sandbox.stripe;

/**
 * What {@link StripeEmulator#seed(StripeSeedSpec)} creates, with historic times ending at the
 * emulator clock's now: the same spec and clock always yield the same state.
 *
 * @param customers customers with a work email at their company's domain; two in three carry {@code
 *     metadata.refsync_account_id} (the CRM account they belong to)
 * @param months months of history: each customer has one monthly subscription paid every month (an
 *     invoice and its charge per month)
 * @param refunds paid charges refunded, alternately in full and in part
 * @param lostDisputes paid charges disputed and then lost
 * @param cancellations subscriptions canceled part-way, after which they bill no more
 */
public record StripeSeedSpec(
    long seed, int customers, int months, int refunds, int lostDisputes, int cancellations) {

  public StripeSeedSpec {
    StringBuilder problems = new StringBuilder();
    if (customers < 0 || refunds < 0 || lostDisputes < 0 || cancellations < 0) {
      problems.append(" counts must not be negative;");
    }
    if (months < 1) {
      problems.append(" months must be at least 1;");
    }
    if (cancellations > customers) {
      problems.append(" cancellations cannot exceed customers;");
    }
    if (refunds + lostDisputes > customers) {
      problems.append(" refunds + lostDisputes cannot exceed customers (one per customer);");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid StripeSeedSpec:" + problems);
    }
  }

  /** 12 months of history for {@code customers} customers with a few refunds and churns. */
  public static StripeSeedSpec yearOfHistory(long seed, int customers) {
    return new StripeSeedSpec(
        seed, customers, 12, customers / 4, Math.min(1, customers), customers / 5);
  }
}

package dev.refsync.sandbox.stripe;

/** Endpoint names used by request counters and fault targeting. */
public final class StripeEndpoints {
  public static final String CUSTOMERS_CREATE = "customers.create";
  public static final String CUSTOMERS_RETRIEVE = "customers.retrieve";
  public static final String CUSTOMERS_UPDATE = "customers.update";
  public static final String CUSTOMERS_LIST = "customers.list";
  public static final String SUBSCRIPTIONS_CREATE = "subscriptions.create";
  public static final String SUBSCRIPTIONS_RETRIEVE = "subscriptions.retrieve";
  public static final String SUBSCRIPTIONS_LIST = "subscriptions.list";
  public static final String SUBSCRIPTIONS_CANCEL = "subscriptions.cancel";
  public static final String INVOICES_RETRIEVE = "invoices.retrieve";
  public static final String INVOICES_LIST = "invoices.list";
  public static final String INVOICE_PAYMENTS_RETRIEVE = "invoice_payments.retrieve";
  public static final String INVOICE_PAYMENTS_LIST = "invoice_payments.list";
  public static final String CHARGES_CREATE = "charges.create";
  public static final String CHARGES_RETRIEVE = "charges.retrieve";
  public static final String CHARGES_LIST = "charges.list";
  public static final String REFUNDS_CREATE = "refunds.create";
  public static final String REFUNDS_RETRIEVE = "refunds.retrieve";
  public static final String REFUNDS_LIST = "refunds.list";
  public static final String DISPUTES_RETRIEVE = "disputes.retrieve";
  public static final String DISPUTES_LIST = "disputes.list";
  public static final String EVENTS_RETRIEVE = "events.retrieve";
  public static final String EVENTS_LIST = "events.list";

  private StripeEndpoints() {}
}

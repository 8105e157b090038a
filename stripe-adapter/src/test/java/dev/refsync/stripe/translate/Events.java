package dev.refsync.stripe.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stripe.Stripe;
import com.stripe.model.Event;
import com.stripe.net.ApiResource;

/** Stripe events and objects as the API sends them (API version dahlia), for unit tests. */
final class Events {
  static final ObjectMapper JSON = new ObjectMapper();
  private static int sequence;

  private Events() {}

  static Event event(String type, JsonNode object, long created) {
    ObjectNode e = JSON.createObjectNode();
    e.put("id", "evt_" + (++sequence));
    e.put("object", "event");
    e.put("api_version", Stripe.API_VERSION);
    e.put("created", created);
    e.put("type", type);
    e.put("livemode", false);
    e.put("pending_webhooks", 0);
    e.putObject("data").set("object", object);
    return ApiResource.GSON.fromJson(e.toString(), Event.class);
  }

  static ObjectNode invoice(String id, String customer, long amountPaid, long paidAt) {
    ObjectNode i = base(id, "invoice", paidAt);
    i.put("customer", customer);
    i.put("status", "paid");
    i.put("currency", "usd");
    i.put("amount_paid", amountPaid);
    i.putObject("status_transitions").put("paid_at", paidAt);
    i.putObject("parent")
        .put("type", "subscription_details")
        .putObject("subscription_details")
        .put("subscription", "sub_" + customer);
    return i;
  }

  static ObjectNode refund(String id, String charge, String intent, long amount, long created) {
    ObjectNode r = base(id, "refund", created);
    r.put("charge", charge);
    if (intent == null) {
      r.putNull("payment_intent");
    } else {
      r.put("payment_intent", intent);
    }
    r.put("amount", amount);
    r.put("currency", "usd");
    r.put("status", "succeeded");
    return r;
  }

  static ObjectNode charge(String id, String intent, long amount, long refunded, long created) {
    ObjectNode c = base(id, "charge", created);
    c.put("payment_intent", intent);
    c.put("amount", amount);
    c.put("amount_refunded", refunded);
    c.put("currency", "usd");
    c.put("refunded", refunded == amount);
    return c;
  }

  static ObjectNode dispute(String id, String intent, long amount, String status, long created) {
    ObjectNode d = base(id, "dispute", created);
    d.put("charge", "ch_" + id);
    d.put("payment_intent", intent);
    d.put("amount", amount);
    d.put("currency", "usd");
    d.put("status", status);
    return d;
  }

  static ObjectNode subscription(String id, String customer, long canceledAt) {
    ObjectNode s = base(id, "subscription", canceledAt - 86_400);
    s.put("customer", customer);
    s.put("status", "canceled");
    s.put("canceled_at", canceledAt);
    s.put("ended_at", canceledAt);
    return s;
  }

  static ObjectNode customer(String id, String email, String accountId) {
    ObjectNode c = base(id, "customer", 1_700_000_000L);
    c.put("email", email);
    c.put("name", "Acme Inc");
    ObjectNode metadata = c.putObject("metadata");
    if (accountId != null) {
      metadata.put("refsync_account_id", accountId);
    }
    return c;
  }

  private static ObjectNode base(String id, String object, long created) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("object", object);
    o.put("created", created);
    o.put("livemode", false);
    return o;
  }
}

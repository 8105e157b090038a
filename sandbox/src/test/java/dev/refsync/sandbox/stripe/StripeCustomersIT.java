package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeCustomersIT {

  private final StripeFixture f = new StripeFixture();

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void createRetrieveAndUpdateMergeMetadata() {
    var created =
        f.client.post(
            "/v1/customers",
            "email=ada%40acme.example&name=Ada+Lovelace&metadata[refsync_account_id]=acc_1"
                + "&metadata[tier]=gold");
    assertThat(created.status()).isEqualTo(200);
    var c = created.json();
    String id = c.get("id").asText();
    assertThat(id).startsWith("cus_");
    assertThat(c.get("object").asText()).isEqualTo("customer");
    assertThat(c.get("created").asLong()).isEqualTo(StripeFixture.START.getEpochSecond());
    assertThat(c.get("livemode").asBoolean()).isFalse();
    assertThat(c.get("email").asText()).isEqualTo("ada@acme.example");
    assertThat(c.at("/metadata/refsync_account_id").asText()).isEqualTo("acc_1");

    f.clock.advance(Duration.ofMinutes(5));
    var updated =
        f.client.post("/v1/customers/" + id, "metadata[tier]=&metadata[referral]=ref_9&name=Ada");
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().get("metadata").toString())
        .isEqualTo("{\"refsync_account_id\":\"acc_1\",\"referral\":\"ref_9\"}");
    assertThat(updated.json().get("name").asText()).isEqualTo("Ada");
    assertThat(updated.json().get("created").asLong())
        .isEqualTo(StripeFixture.START.getEpochSecond());

    var fetched = f.client.get("/v1/customers/" + id);
    assertThat(fetched.json()).isEqualTo(updated.json());

    var events = f.client.get("/v1/events?type=customer.updated").json().get("data");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).at("/data/previous_attributes/name").asText())
        .isEqualTo("Ada Lovelace");
    assertThat(events.get(0).at("/data/previous_attributes/metadata/tier").asText())
        .isEqualTo("gold");
    assertThat(events.get(0).at("/data/object/metadata/referral").asText()).isEqualTo("ref_9");
  }

  @Test
  void emptyMetadataRemovesEveryKey() {
    String id = f.customer("metadata[a]=1&metadata[b]=2");
    var r = f.client.post("/v1/customers/" + id, "metadata=");
    assertThat(r.json().get("metadata").size()).isZero();
  }

  @Test
  void unknownCustomerIs404ResourceMissing() {
    var r = f.client.get("/v1/customers/cus_nope");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.error().get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(r.error().get("code").asText()).isEqualTo("resource_missing");
    assertThat(r.error().get("param").asText()).isEqualTo("id");
    assertThat(r.error().get("message").asText()).isEqualTo("No such customer: 'cus_nope'");
  }

  @Test
  void unknownParameterIsRejected() {
    var r = f.client.post("/v1/customers", "emali=x");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("code").asText()).isEqualTo("parameter_unknown");
    assertThat(r.error().get("param").asText()).isEqualTo("emali");
  }

  @Test
  void listFiltersByExactEmail() {
    f.customer("email=a%40x.example");
    String b = f.customer("email=b%40x.example");
    var r = f.client.get("/v1/customers?email=b%40x.example");
    assertThat(r.json().get("data")).hasSize(1);
    assertThat(r.json().at("/data/0/id").asText()).isEqualTo(b);
    assertThat(r.json().get("url").asText()).isEqualTo("/v1/customers");
  }

  @Test
  void expandOnRetrieveRejectsUnknownPaths() {
    String id = f.customer("email=a%40x.example");
    var r = f.client.get("/v1/customers/" + id + "?expand[]=sources");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("param").asText()).isEqualTo("expand");
  }
}

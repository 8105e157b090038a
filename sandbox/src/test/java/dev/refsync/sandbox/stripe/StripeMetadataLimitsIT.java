package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeMetadataLimitsIT {

  private final StripeFixture f = new StripeFixture();

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void fiftyKeysFitAndTheFiftyFirstIsRefused() {
    StringBuilder form = new StringBuilder("email=a%40x.example");
    for (int i = 0; i < 50; i++) {
      form.append("&metadata[k").append(i).append("]=v");
    }
    var ok = f.client.post("/v1/customers", form.toString());
    assertThat(ok.status()).isEqualTo(200);
    String id = ok.json().get("id").asText();

    var tooMany = f.client.post("/v1/customers/" + id, "metadata[k50]=v");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.error().get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(tooMany.error().get("param").asText()).isEqualTo("metadata");
    assertThat(tooMany.error().get("message").asText()).contains("50 keys");
    // Replacing a key keeps the count at 50 and is accepted.
    assertThat(f.client.post("/v1/customers/" + id, "metadata[k49]=&metadata[k50]=v").status())
        .isEqualTo(200);
  }

  @Test
  void keyLongerThan40IsRefusedNamingTheKey() {
    String key = "k".repeat(41);
    var r = f.client.post("/v1/customers", "metadata[" + key + "]=v");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("param").asText()).isEqualTo("metadata[" + key + "]");
    assertThat(f.client.post("/v1/customers", "metadata[" + "k".repeat(40) + "]=v").status())
        .isEqualTo(200);
  }

  @Test
  void valueLongerThan500IsRefusedAndNothingChanges() {
    String id = f.customer("metadata[a]=1");
    var r = f.client.post("/v1/customers/" + id, "metadata[b]=" + "v".repeat(501) + "&name=X");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("param").asText()).isEqualTo("metadata[b]");
    assertThat(r.error().get("message").asText()).contains("500");
    var after = f.client.get("/v1/customers/" + id).json();
    assertThat(after.get("metadata").toString()).isEqualTo("{\"a\":\"1\"}");
    assertThat(after.get("name").isNull()).isTrue();
    assertThat(f.client.post("/v1/customers/" + id, "metadata[b]=" + "v".repeat(500)).status())
        .isEqualTo(200);
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    var r =
        f.client.post(
            "/v1/customers", "metadata[" + "k".repeat(41) + "]=v&metadata[b]=" + "v".repeat(501));
    assertThat(r.error().get("message").asText())
        .contains("40 characters")
        .contains("500 characters");
  }
}

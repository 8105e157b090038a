package dev.refsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.sandbox.core.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubSpotSearchIT {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T00:00:00Z"));
  private HubSpotEmulator hubspot;
  private HubSpotTestClient client;

  @BeforeEach
  void start() {
    hubspot =
        HubSpotEmulator.start(
            HubSpotConfig.defaults(HubSpotTestClient.TOKEN, clock).withSearchPerSecond(1_000));
    client = new HubSpotTestClient(hubspot.baseUri());
  }

  @AfterEach
  void stop() {
    hubspot.close();
  }

  @Test
  void gteOnHsLastmodifieddateComparesInstantsAndAcceptsEpochMillis() {
    String early = deal("early", "10");
    clock.advance(Duration.ofHours(1));
    String late = deal("late", "20");
    long cutoff = Instant.parse("2026-05-01T00:30:00Z").toEpochMilli();

    JsonNode r =
        search(
            "{\"filterGroups\":[{\"filters\":[{\"propertyName\":\"hs_lastmodifieddate\","
                + "\"operator\":\"GTE\",\"value\":\""
                + cutoff
                + "\"}]}]}");

    assertThat(ids(r)).containsExactly(late);
    assertThat(r.path("total").asInt()).isEqualTo(1);
    assertThat(early).isNotEqualTo(late);
  }

  @Test
  void lteAndLtAndGtBoundsAreInclusiveOrExclusiveAsNamed() {
    deal("a", "1");
    String at = HubSpotTimes.format(clock.instant());

    assertThat(ids(search(filter("hs_lastmodifieddate", "LTE", at)))).hasSize(1);
    assertThat(ids(search(filter("hs_lastmodifieddate", "LT", at)))).isEmpty();
    assertThat(ids(search(filter("hs_lastmodifieddate", "GT", at)))).isEmpty();
  }

  @Test
  void eqAndInOnStringsIgnoreCase() {
    String won = deal("Won one", "5", "closedwon");
    deal("Open one", "5", "qualifiedtobuy");
    String lost = deal("Lost one", "5", "closedlost");

    assertThat(ids(search(filter("dealstage", "EQ", "CLOSEDWON")))).containsExactly(won);
    JsonNode in =
        search(
            "{\"filterGroups\":[{\"filters\":[{\"propertyName\":\"dealstage\",\"operator\":\"IN\","
                + "\"values\":[\"closedwon\",\"closedlost\"]}]}]}");
    assertThat(ids(in)).containsExactly(won, lost);
  }

  @Test
  void numbersCompareNumericallyAndGroupsAreOred() {
    String nine = deal("nine", "9");
    String hundred = deal("hundred", "100");
    deal("fifty", "50");

    JsonNode r =
        search(
            "{\"filterGroups\":["
                + "{\"filters\":[{\"propertyName\":\"amount\",\"operator\":\"LT\",\"value\":\"10\"}]},"
                + "{\"filters\":[{\"propertyName\":\"amount\",\"operator\":\"GT\",\"value\":\"99\"}]}]}");

    assertThat(ids(r)).containsExactly(nine, hundred);
  }

  @Test
  void hasPropertyMatchesOnlyRecordsWithAValue() {
    String withAmount = deal("x", "1");
    client.post("/crm/v3/objects/deals", "{\"properties\":{\"dealname\":\"no amount\"}}");

    assertThat(ids(search(filter("amount", "HAS_PROPERTY", "")))).containsExactly(withAmount);
  }

  @Test
  void sortsByOnePropertyWithTiesByIdAndRejectsTwoSorts() {
    String b = deal("b", "2");
    String a = deal("a", "2");
    String c = deal("c", "1");

    JsonNode desc =
        search("{\"sorts\":[{\"propertyName\":\"amount\",\"direction\":\"DESCENDING\"}]}");
    var two =
        client.post(
            "/crm/v3/objects/deals/search",
            "{\"sorts\":[{\"propertyName\":\"amount\"},{\"propertyName\":\"dealname\"}]}");

    assertThat(ids(desc)).containsExactly(b, a, c);
    assertThat(two.status()).isEqualTo(400);
  }

  @Test
  void pagesWithAfterAndReturnsRequestedProperties() {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      all.add(deal("d" + i, Integer.toString(i)));
    }

    JsonNode first = search("{\"limit\":2,\"properties\":[\"amount\"]}");
    JsonNode second =
        search("{\"limit\":2,\"after\":\"" + first.at("/paging/next/after").asText() + "\"}");
    JsonNode third =
        search("{\"limit\":2,\"after\":\"" + second.at("/paging/next/after").asText() + "\"}");

    assertThat(first.path("total").asInt()).isEqualTo(5);
    assertThat(first.path("results").get(0).path("properties").has("amount")).isTrue();
    assertThat(first.path("results").get(0).path("properties").has("hs_object_id")).isTrue();
    assertThat(first.path("results").get(0).path("properties").has("dealname")).isFalse();
    List<String> seen = new ArrayList<>(ids(first));
    seen.addAll(ids(second));
    seen.addAll(ids(third));
    assertThat(seen).containsExactlyElementsOf(all);
    assertThat(third.has("paging")).isFalse();
  }

  @Test
  void limitAbove200IsA400() {
    var r = client.post("/crm/v3/objects/deals/search", "{\"limit\":201}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("category").asText()).isEqualTo("VALIDATION_ERROR");
  }

  @Test
  void pagingPastTenThousandResultsIsA400() {
    var lastAllowed =
        client.post("/crm/v3/objects/deals/search", "{\"limit\":200,\"after\":\"9800\"}");
    var past = client.post("/crm/v3/objects/deals/search", "{\"limit\":200,\"after\":\"9900\"}");
    var beyond = client.post("/crm/v3/objects/deals/search", "{\"limit\":1,\"after\":\"10000\"}");

    assertThat(lastAllowed.status()).isEqualTo(200);
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.json().path("status").asText()).isEqualTo("error");
    assertThat(past.json().path("category").asText()).isEqualTo("VALIDATION_ERROR");
    assertThat(past.json().path("correlationId").asText()).isNotBlank();
    assertThat(beyond.status()).isEqualTo(400);
  }

  @Test
  void unknownOperatorAndUnknownPropertyAreReportedTogether() {
    var r =
        client.post(
            "/crm/v3/objects/deals/search",
            "{\"filterGroups\":[{\"filters\":[{\"propertyName\":\"nope\",\"operator\":\"LIKE\"}]}]}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("message").asText()).contains("nope").contains("LIKE");
  }

  @Test
  void aBodyOver3000CharactersIsA400() {
    String padding = "x".repeat(3_000);
    var r =
        client.post(
            "/crm/v3/objects/deals/search",
            "{\"filterGroups\":[{\"filters\":[{\"propertyName\":\"dealname\",\"operator\":\"EQ\","
                + "\"value\":\""
                + padding
                + "\"}]}]}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("message").asText()).contains("3000");
  }

  @Test
  void moreThanFiveFilterGroupsIsA400() {
    StringBuilder groups = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      groups
          .append(i == 0 ? "" : ",")
          .append("{\"filters\":[{\"propertyName\":\"amount\",\"operator\":\"EQ\",\"value\":\"")
          .append(i)
          .append("\"}]}");
    }

    var r = client.post("/crm/v3/objects/deals/search", "{\"filterGroups\":[" + groups + "]}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("message").asText()).contains("6 filter groups");
  }

  @Test
  void freeTextQueryMatchesDefaultProperties() {
    String acme = deal("Acme renewal", "1");
    deal("Globex expansion", "1");

    assertThat(ids(search("{\"query\":\"acme\"}"))).containsExactly(acme);
  }

  @Test
  void archivedRecordsAreNotSearchable() {
    String gone = deal("gone", "1");
    client.delete("/crm/v3/objects/deals/" + gone);

    assertThat(search("{}").path("total").asInt()).isZero();
  }

  private String deal(String name, String amount) {
    return deal(name, amount, "appointmentscheduled");
  }

  private String deal(String name, String amount, String stage) {
    var r =
        client.post(
            "/crm/v3/objects/deals",
            "{\"properties\":{\"dealname\":\""
                + name
                + "\",\"amount\":\""
                + amount
                + "\",\"dealstage\":\""
                + stage
                + "\"}}");
    assertThat(r.status()).isEqualTo(201);
    return r.json().path("id").asText();
  }

  private static String filter(String property, String op, String value) {
    return "{\"filterGroups\":[{\"filters\":[{\"propertyName\":\""
        + property
        + "\",\"operator\":\""
        + op
        + "\",\"value\":\""
        + value
        + "\"}]}]}";
  }

  private JsonNode search(String body) {
    var r = client.post("/crm/v3/objects/deals/search", body);
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    return r.json();
  }

  private static List<String> ids(JsonNode r) {
    List<String> out = new ArrayList<>();
    r.path("results").forEach(n -> out.add(n.path("id").asText()));
    return out;
  }
}

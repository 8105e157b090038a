package dev.refsync.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmulatorServerIT {

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Duration> slept = new ArrayList<>();
  private EmulatorServer server;

  @BeforeEach
  void start() {
    server =
        EmulatorServer.builder("test")
            .route(
                "GET",
                "/things/{id}",
                "things.get",
                r -> {
                  ObjectNode n = Json.object();
                  n.put("id", r.pathParam("id"));
                  n.put("q", r.queryParam("q").orElse(""));
                  return EmulatorResponse.json(200, n);
                })
            .route("GET", "/things/special", "things.special", r -> EmulatorResponse.empty(204))
            .route("POST", "/things", "things.create", r -> EmulatorResponse.json(201, r.json()))
            .middleware((r, next) -> next.handle(r).withHeader("X-Seen-By", "middleware"))
            .state(
                () -> {
                  ObjectNode n = Json.object();
                  n.put("things", 3);
                  return n;
                })
            .sleeper(slept::add)
            .build()
            .start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void bindsTheLoopbackInterfaceOnARandomPort() {
    assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
    assertThat(server.baseUri().getPort()).isPositive();
  }

  @Test
  void routesByMethodAndPathWithParamsAndRunsMiddleware() throws Exception {
    HttpResponse<String> r = get("/things/42?q=hello%20world");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Json.parse(r.body()).path("id").asText()).isEqualTo("42");
    assertThat(Json.parse(r.body()).path("q").asText()).isEqualTo("hello world");
    assertThat(r.headers().firstValue("X-Seen-By")).contains("middleware");
  }

  @Test
  void aLiteralRouteWinsOverAParameterRoute() throws Exception {
    assertThat(get("/things/special").statusCode()).isEqualTo(204);
  }

  @Test
  void unknownPathsAre404AndWrongMethodsAre405() throws Exception {
    assertThat(get("/nothing").statusCode()).isEqualTo(404);
    assertThat(get("/things").statusCode()).isEqualTo(405);
  }

  @Test
  void invalidJsonIsA400NotA500() throws Exception {
    assertThat(post("/things", "{not json").statusCode()).isEqualTo(400);
  }

  @Test
  void countsRequestsPerEndpointIncludingFailedOnes() throws Exception {
    server.faults().failNext(1, 500);
    get("/things/1");
    get("/things/2");
    post("/things", "{}");
    get("/nothing");

    assertThat(server.requestCounts())
        .containsEntry("things.get", 2L)
        .containsEntry("things.create", 1L)
        .containsEntry(RequestCounter.UNMATCHED, 1L);
    assertThat(server.totalRequests()).isEqualTo(4);
  }

  @Test
  void serverErrorBurstThenRecovery() throws Exception {
    server.faults().failNext(2, 503);

    assertThat(get("/things/1").statusCode()).isEqualTo(503);
    assertThat(get("/things/1").statusCode()).isEqualTo(503);
    assertThat(get("/things/1").statusCode()).isEqualTo(200);
  }

  @Test
  void connectionResetSurfacesAsIOExceptionInTheClient() throws Exception {
    // A POST: java.net.http silently retries an idempotent GET once on a dropped connection.
    server.faults().resetNext(1, "things.create");

    assertThatThrownBy(() -> post("/things", "{}")).isInstanceOf(IOException.class);
    assertThat(post("/things", "{}").statusCode()).isEqualTo(201);
    assertThat(server.requestCounts()).containsEntry("things.create", 2L);
  }

  @Test
  void malformedBodyKeepsTheStatusButCannotBeParsed() throws Exception {
    server.faults().malformNext(1);

    HttpResponse<String> r = get("/things/7");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> Json.parse(r.body())).isInstanceOf(Json.MalformedJsonException.class);
  }

  @Test
  void latencyIsSpentThroughTheSleeper() throws Exception {
    server.faults().latency(Duration.ofMillis(250), "things.get");

    get("/things/1");
    post("/things", "{}");

    assertThat(slept).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void adminEndpointsServeStateAndCountersWithoutBeingCounted() throws Exception {
    get("/things/1");

    assertThat(Json.parse(get("/_sandbox/state").body()).path("things").asInt()).isEqualTo(3);
    assertThat(Json.parse(get("/_sandbox/requests").body()).path("total").asLong()).isEqualTo(1);
    assertThat(server.totalRequests()).isEqualTo(1);
    assertThat(server.stateDump()).contains("\"things\" : 3");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.baseUri() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.baseUri() + path))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

package dev.refsync.sandbox.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side shared by every emulator: a JDK {@link HttpServer} on 127.0.0.1 and a random port,
 * routing by method and path template, request counting, fault injection, vendor middleware and a
 * state dump.
 *
 * <p>Request pipeline: count → injected latency → injected fault (5xx / reset) → middleware (auth,
 * limits) → handler → injected malformed body. {@code GET /_sandbox/state} and {@code GET
 * /_sandbox/requests} answer the state dump and counters without being counted or faulted.
 */
public final class EmulatorServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmulatorServer.class);
  private static final String ADMIN_PREFIX = "/_sandbox/";

  static {
    // The JDK server writes headers and body separately; with Nagle on, each response waits for
    // the client's delayed ACK (~40 ms). Read once by the JDK when its first server starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final String name;
  private final List<Route> routes;
  private final Middleware middleware;
  private final ErrorResponder errors;
  private final StateSource state;
  private final Sleeper sleeper;
  private final RequestCounter counter = new RequestCounter();
  private final FaultInjector faults = new FaultInjector();
  private HttpServer server;
  private ExecutorService executor;

  private EmulatorServer(Builder b) {
    this.name = b.name;
    List<Route> sorted = new ArrayList<>(b.routes);
    // Literal segments beat parameters: /batch/read must not be taken for /{id}.
    sorted.sort(Comparator.comparingInt(r -> r.pattern().parameterCount()));
    this.routes = List.copyOf(sorted);
    this.middleware = b.middleware;
    this.errors = b.errors;
    this.state = b.state;
    this.sleeper = b.sleeper;
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Binds 127.0.0.1 on a free port and starts serving. Returns this for chaining. */
  public synchronized EmulatorServer start() {
    if (server != null) {
      throw new IllegalStateException(name + " emulator already started");
    }
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException("could not bind " + name + " emulator on 127.0.0.1", e);
    }
    AtomicInteger threads = new AtomicInteger();
    executor =
        Executors.newFixedThreadPool(
            8,
            r -> {
              Thread t = new Thread(r, name + "-emulator-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
    LOG.info("{} emulator listening on {}", name, baseUri());
    return this;
  }

  /** {@code http://127.0.0.1:<port>} without a trailing slash. */
  public URI baseUri() {
    if (server == null) {
      throw new IllegalStateException(name + " emulator is not started");
    }
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public FaultInjector faults() {
    return faults;
  }

  public RequestCounter counter() {
    return counter;
  }

  /** Endpoint name to number of requests received. */
  public Map<String, Long> requestCounts() {
    return counter.snapshot();
  }

  public long totalRequests() {
    return counter.total();
  }

  /** Every stored object as pretty JSON. */
  public String stateDump() {
    return state.dumpState().toPrettyString();
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
      LOG.info("{} emulator stopped", name);
    }
  }

  private void serve(HttpExchange exchange) {
    try {
      byte[] body = readAll(exchange.getRequestBody());
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith(ADMIN_PREFIX) && "GET".equals(method)) {
        send(exchange, admin(path));
        return;
      }
      Optional<RouteMatch> match = match(method, path);
      String endpoint = match.map(m -> m.route().name()).orElse(RequestCounter.UNMATCHED);
      counter.record(endpoint);
      Duration latency = faults.latencyFor(endpoint);
      if (!latency.isZero()) {
        sleeper.sleep(latency);
      }
      Optional<Fault> fault = faults.next(endpoint);
      if (fault.isPresent() && fault.get() instanceof Fault.ConnectionReset) {
        // Closing before sendResponseHeaders makes the JDK server drop the connection.
        exchange.close();
        return;
      }
      if (fault.isPresent() && fault.get() instanceof Fault.ServerError se) {
        send(exchange, errors.error(se.status(), "Injected failure: HTTP " + se.status()));
        return;
      }
      EmulatorResponse response =
          match.isEmpty() ? unmatched(method, path) : dispatch(exchange, method, body, match.get());
      if (fault.isPresent() && fault.get() instanceof Fault.MalformedBody) {
        response = truncate(response);
      }
      send(exchange, response);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.close();
    } catch (IOException e) {
      // The client went away mid-exchange (a test killing its process does this on purpose): no
      // one is left to answer, and nothing in the emulator failed.
      LOG.info(
          "{} emulator: the client of {} went away ({})",
          name,
          exchange.getRequestURI(),
          e.toString());
      exchange.close();
    } catch (RuntimeException e) {
      LOG.error("{} emulator failed on {}", name, exchange.getRequestURI(), e);
      trySend(exchange, errors.error(500, "internal error in emulator: " + e.getMessage()));
    }
  }

  private EmulatorResponse dispatch(
      HttpExchange exchange, String method, byte[] body, RouteMatch match) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    EmulatorRequest request =
        new EmulatorRequest(
            method,
            exchange.getRequestURI(),
            match.route().name(),
            match.params(),
            EmulatorRequest.parseQuery(exchange.getRequestURI().getRawQuery()),
            headers,
            body);
    Handler handler = match.route().handler();
    return middleware.handle(request, r -> invoke(handler, r));
  }

  private EmulatorResponse invoke(Handler handler, EmulatorRequest request) {
    try {
      return handler.handle(request);
    } catch (ErrorResponseException e) {
      return e.response();
    } catch (Json.MalformedJsonException e) {
      return errors.error(400, e.getMessage());
    }
  }

  private EmulatorResponse unmatched(String method, String path) {
    boolean pathKnown = routes.stream().anyMatch(r -> r.pattern().match(path).isPresent());
    return pathKnown
        ? errors.error(405, "Method " + method + " not allowed on " + path)
        : errors.error(404, "No route for " + method + " " + path);
  }

  private EmulatorResponse admin(String path) {
    return switch (path) {
      case "/_sandbox/state" -> EmulatorResponse.json(200, state.dumpState());
      case "/_sandbox/requests" -> {
        ObjectNode counts = Json.object();
        requestCounts().forEach(counts::put);
        ObjectNode out = Json.object();
        out.put("total", totalRequests());
        out.set("byEndpoint", counts);
        yield EmulatorResponse.json(200, out);
      }
      default -> errors.error(404, "No sandbox admin endpoint " + path);
    };
  }

  private Optional<RouteMatch> match(String method, String path) {
    for (Route route : routes) {
      if (route.method().equals(method)) {
        Optional<Map<String, String>> params = route.pattern().match(path);
        if (params.isPresent()) {
          return Optional.of(new RouteMatch(route, params.get()));
        }
      }
    }
    return Optional.empty();
  }

  private static EmulatorResponse truncate(EmulatorResponse response) {
    byte[] body = response.body();
    byte[] broken =
        body.length >= 4
            ? Arrays.copyOf(body, body.length / 2)
            : "{\"status\":".getBytes(StandardCharsets.UTF_8);
    return new EmulatorResponse(
        response.status() == 204 ? 200 : response.status(), response.headers(), broken);
  }

  private void trySend(HttpExchange exchange, EmulatorResponse response) {
    try {
      send(exchange, response);
    } catch (IOException | RuntimeException e) {
      LOG.debug("could not send error response", e);
      exchange.close();
    }
  }

  private static void send(HttpExchange exchange, EmulatorResponse response) throws IOException {
    response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    byte[] body = response.body();
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  private record RouteMatch(Route route, Map<String, String> params) {}

  /** Collects routes and vendor behaviour; {@link #build()} then {@link EmulatorServer#start()}. */
  public static final class Builder {
    private final String name;
    private final List<Route> routes = new ArrayList<>();
    private Middleware middleware = (request, next) -> next.handle(request);
    private ErrorResponder errors =
        (status, message) -> {
          ObjectNode body = Json.object();
          body.put("message", message);
          return EmulatorResponse.json(status, body);
        };
    private StateSource state = Json::object;
    private Sleeper sleeper = Sleeper.THREAD;

    private Builder(String name) {
      this.name = name;
    }

    public Builder route(String method, String template, String endpointName, Handler handler) {
      routes.add(
          new Route(
              method.toUpperCase(Locale.ROOT), new PathPattern(template), endpointName, handler));
      return this;
    }

    public Builder middleware(Middleware middleware) {
      this.middleware = middleware;
      return this;
    }

    public Builder errors(ErrorResponder errors) {
      this.errors = errors;
      return this;
    }

    public Builder state(StateSource state) {
      this.state = state;
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    public EmulatorServer build() {
      return new EmulatorServer(this);
    }
  }
}

package dev.refsync.deploy.daemon;

import dev.refsync.core.route.RefsyncRouteTemplates;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The bean behind the webhook routes: hands the raw delivery to its connection's endpoint and
 * answers with the endpoint's status. The body is read as the exact string received, because both
 * HubSpot and Stripe sign the raw bytes.
 */
public final class WebhookDispatcher {
  public static final String BEAN = "refsyncWebhooks";

  private final Map<String, WebhookEndpoint> endpoints;

  public WebhookDispatcher(Map<String, WebhookEndpoint> endpoints) {
    this.endpoints = Map.copyOf(endpoints);
  }

  /** Called by the route with the exchange of one delivery. */
  public void receive(Exchange exchange) {
    Message in = exchange.getMessage();
    String connection = in.getHeader(RefsyncRouteTemplates.CONNECTION_HEADER, String.class);
    WebhookEndpoint endpoint = endpoints.get(connection);
    WebhookEndpoint.Response response;
    if (endpoint == null) {
      response = new WebhookEndpoint.Response(404, "{\"error\":\"unknown connection\"}");
    } else {
      Map<String, String> headers = new TreeMap<>();
      in.getHeaders()
          .forEach(
              (name, value) -> {
                if (value != null && !name.startsWith("Camel") && !name.startsWith("refsync")) {
                  headers.put(name.toLowerCase(Locale.ROOT), String.valueOf(value));
                }
              });
      String url = in.getHeader(Exchange.HTTP_URL, String.class);
      String query = in.getHeader(Exchange.HTTP_QUERY, String.class);
      String uri = query == null || query.isEmpty() ? url : url + "?" + query;
      String method = in.getHeader(Exchange.HTTP_METHOD, "POST", String.class);
      byte[] body = in.getBody(byte[].class);
      response = endpoint.receive(method, uri, headers, body == null ? new byte[0] : body);
    }
    Message out = exchange.getMessage();
    out.removeHeaders("*");
    out.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
    out.setHeader(Exchange.CONTENT_TYPE, "application/json");
    out.setBody(response.body());
  }
}

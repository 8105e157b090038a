package dev.refsync.deploy.daemon;

import java.util.Map;

/** A vendor's webhook receiver: verifies the delivery and feeds it to the pipeline. */
@FunctionalInterface
public interface WebhookEndpoint {
  /**
   * @param method the HTTP method, e.g. POST
   * @param uri the full request URI as the vendor called it (HubSpot signs it)
   * @param headers request headers, names lower-cased
   * @param body the raw body, exactly as received (both vendors sign the bytes)
   */
  Response receive(String method, String uri, Map<String, String> headers, byte[] body);

  /** What to answer the vendor. */
  record Response(int status, String body) {}
}

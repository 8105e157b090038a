package dev.refsync.stripe.config;

import com.stripe.exception.StripeException;
import com.stripe.net.HttpClient;
import com.stripe.net.HttpURLConnectionClient;
import com.stripe.net.StripeRequest;
import com.stripe.net.StripeResponse;
import com.stripe.net.StripeResponseStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * stripe-java's own HTTP client, counting every attempt it sends per endpoint ({@code GET
 * /v1/customers/{id}}), retries included, for the daemon's metrics. Plugged in with {@code
 * StripeClient.builder().setHttpClient}; stripe-java's retry loop calls {@link #request} once per
 * attempt, so a retried 429 counts twice, as Stripe counts it against the rate limit.
 */
public final class StripeRequestCounts extends HttpClient {
  private final HttpURLConnectionClient delegate = new HttpURLConnectionClient();
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  @Override
  public StripeResponse request(StripeRequest request) throws StripeException {
    count(request);
    return delegate.request(request);
  }

  @Override
  public StripeResponseStream requestStream(StripeRequest request) throws StripeException {
    count(request);
    return delegate.requestStream(request);
  }

  /** Endpoint → attempts sent so far, sorted by endpoint. */
  public Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((endpoint, n) -> out.put(endpoint, n.sum()));
    return out;
  }

  private void count(StripeRequest request) {
    counts.computeIfAbsent(endpoint(request), k -> new LongAdder()).increment();
  }

  /**
   * Stripe paths alternate resource and id ({@code /v1/customers/cus_1/...}): the id positions
   * become {@code {id}} so the metric has one series per endpoint, not per object.
   */
  static String endpoint(StripeRequest request) {
    String[] parts = request.url().getPath().split("/");
    StringBuilder out = new StringBuilder(request.method().name()).append(' ');
    int position = 0;
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      out.append('/').append(position >= 2 && position % 2 == 0 ? "{id}" : part);
      position++;
    }
    return out.toString();
  }
}

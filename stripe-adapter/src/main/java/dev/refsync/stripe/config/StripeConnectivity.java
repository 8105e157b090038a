package dev.refsync.stripe.config;

import com.stripe.StripeClient;
import com.stripe.param.EventListParams;
import dev.refsync.core.config.ConfigProblem;
import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.stripe.error.StripeCalls;
import java.util.List;

/**
 * The last validation step of DESIGN 11 (fields, cross-field rules, then connectivity): one {@code
 * GET /v1/events?limit=1}, the call the feed depends on, so a key that cannot read events is
 * reported before the first sync rather than during it.
 */
public final class StripeConnectivity {
  private StripeConnectivity() {}

  /** Every problem found; empty when the key reads the events feed. */
  public static List<ConfigProblem> check(StripeClient client, StripeCalls calls) {
    try {
      calls.run(() -> client.v1().events().list(EventListParams.builder().setLimit(1L).build()));
      return List.of();
    } catch (AuthenticationException e) {
      return List.of(
          new ConfigProblem(
              "stripe.secretKey",
              "refused by Stripe (HTTP " + e.httpStatus() + ")",
              "use a current secret key of this account"));
    } catch (ConnectorApiException e) {
      return List.of(
          new ConfigProblem(
              "stripe.apiBase",
              "cannot read /v1/events ("
                  + e.getClass().getSimpleName()
                  + ", HTTP "
                  + e.httpStatus()
                  + "): "
                  + e.getMessage(),
              "check that the API base is reachable and the key may read events"));
    }
  }
}

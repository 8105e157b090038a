package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.FormEncoded;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;

/**
 * Registers Stripe endpoints on the shared server: parses bracket-notation parameters, turns a
 * {@link StripeRequestException} into its response, and applies {@code Idempotency-Key} semantics
 * to POSTs (the only method Stripe keys; docs.stripe.com, "Idempotent requests").
 */
final class StripeRoutes {

  /** An endpoint body: returns the JSON object Stripe answers with 200. */
  @FunctionalInterface
  interface Endpoint {
    ObjectNode handle(StripeCall call);
  }

  private static final int MAX_KEY_LENGTH = 255;

  private final EmulatorServer.Builder builder;
  private final StripeErrors errors;
  private final IdempotencyKeys keys;
  private final Clock clock;

  StripeRoutes(
      EmulatorServer.Builder builder, StripeErrors errors, IdempotencyKeys keys, Clock clock) {
    this.builder = builder;
    this.errors = errors;
    this.keys = keys;
    this.clock = clock;
  }

  void get(String template, String name, Endpoint endpoint) {
    builder.route("GET", template, name, r -> run(r, r.uri().getRawQuery(), endpoint).response());
  }

  void delete(String template, String name, Endpoint endpoint) {
    builder.route(
        "DELETE", template, name, r -> run(r, r.uri().getRawQuery(), endpoint).response());
  }

  void post(String template, String name, Endpoint endpoint) {
    builder.route("POST", template, name, r -> idempotent(r, endpoint));
  }

  private EmulatorResponse idempotent(EmulatorRequest request, Endpoint endpoint) {
    String body = new String(request.body(), StandardCharsets.UTF_8);
    String key = request.header("idempotency-key").orElse(null);
    if (key == null) {
      return run(request, body, endpoint).response();
    }
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
      return errors.response(
          400,
          StripeErrors.INVALID_REQUEST,
          null,
          "Idempotency keys must be 1 to " + MAX_KEY_LENGTH + " characters long.",
          null);
    }
    IdempotencyKeys.Fingerprint fingerprint =
        new IdempotencyKeys.Fingerprint(request.uri().getPath(), request.body());
    IdempotencyKeys.Claim claim = keys.claim(key, fingerprint);
    if (claim instanceof IdempotencyKeys.Replay replay) {
      IdempotencyKeys.Saved saved = replay.saved();
      return new EmulatorResponse(
              saved.status(), new LinkedHashMap<>(saved.headers()), saved.body().clone())
          .withHeader("Idempotent-Replayed", "true")
          .withHeader("Idempotency-Key", key);
    }
    if (claim instanceof IdempotencyKeys.Mismatch) {
      return errors.response(
          400,
          StripeErrors.IDEMPOTENCY_ERROR,
          null,
          "Keys for idempotent requests can only be used with the same parameters they were first"
              + " used with. Try using a key other than '"
              + key
              + "' if you meant to execute a different request.",
          null);
    }
    if (claim instanceof IdempotencyKeys.InFlight) {
      return errors
          .response(
              409,
              StripeErrors.IDEMPOTENCY_ERROR,
              "idempotency_key_in_use",
              "There is currently another in-progress request using this idempotency key. Try"
                  + " again once that request has completed.",
              null)
          .withHeader("Stripe-Should-Retry", "true");
    }
    Outcome outcome;
    try {
      outcome = run(request, body, endpoint);
    } catch (RuntimeException e) {
      keys.release(key);
      throw e;
    }
    if (outcome.saved()) {
      keys.save(key, fingerprint, outcome.response());
    } else {
      keys.release(key);
    }
    return outcome.response().withHeader("Idempotency-Key", key);
  }

  private Outcome run(EmulatorRequest request, String rawParams, Endpoint endpoint) {
    try {
      ObjectNode params = parse(rawParams);
      StripeCall call = new StripeCall(request, params, clock.instant(), errors);
      return new Outcome(EmulatorResponse.json(200, endpoint.handle(call)), true);
    } catch (StripeRequestException e) {
      return new Outcome(e.response(), e.saved());
    }
  }

  private ObjectNode parse(String raw) {
    try {
      return FormEncoded.parse(raw);
    } catch (FormEncoded.MalformedFormException e) {
      throw errors.invalidParam("parameter_invalid", e.key(), e.getMessage());
    }
  }

  private record Outcome(EmulatorResponse response, boolean saved) {}
}

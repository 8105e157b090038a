package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One API call as a Stripe endpoint sees it: its parameters (query string for GET and DELETE, form
 * body for POST, both in bracket notation), typed accessors that answer Stripe's own 400s, and the
 * emulator time it happens at.
 */
record StripeCall(EmulatorRequest request, ObjectNode params, Instant now, StripeErrors errors) {

  String pathParam(String name) {
    return request.pathParam(name);
  }

  Optional<String> string(String name) {
    JsonNode n = params.get(name);
    if (n == null) {
      return Optional.empty();
    }
    if (!n.isTextual()) {
      throw errors.invalidParam(
          "parameter_invalid_string", name, "Invalid string: " + n + " for param " + name + ".");
    }
    return Optional.of(n.asText());
  }

  String requireString(String name) {
    Optional<String> value = string(name);
    if (value.isEmpty() || value.get().isEmpty()) {
      throw errors.missingParam(name);
    }
    return value.get();
  }

  Optional<Long> integer(String name) {
    return string(name).map(v -> parseInteger(name, v));
  }

  long parseInteger(String param, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw errors.invalidParam("parameter_invalid_integer", param, "Invalid integer: " + value);
    }
  }

  Optional<JsonNode> node(String name) {
    return Optional.ofNullable(params.get(name));
  }

  /** {@code expand[]} paths; list endpoints strip the leading {@code data.} themselves. */
  List<String> expand() {
    List<String> out = new ArrayList<>();
    JsonNode n = params.get("expand");
    if (n == null) {
      return out;
    }
    if (n.isTextual()) {
      out.add(n.asText());
    } else {
      n.forEach(e -> out.add(e.asText()));
    }
    return out;
  }

  /** Rejects parameters the endpoint does not know, as Stripe does. */
  void allowOnly(String... names) {
    List<String> allowed = List.of(names);
    params
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!allowed.contains(name) && !name.equals("expand")) {
                throw errors.invalidParam(
                    "parameter_unknown", name, "Received unknown parameter: " + name);
              }
            });
  }
}

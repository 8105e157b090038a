package dev.refsync.stripe.config;

import java.util.List;

/** The Stripe configuration cannot be used: fix every listed field, then restart. */
public class InvalidStripeConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public InvalidStripeConfigException(List<String> problems) {
    super("invalid Stripe configuration:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}

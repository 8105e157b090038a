package dev.refsync.core.config;

import java.util.Objects;

/**
 * A credential (password, token, key) that must never reach a log or a {@code toString} (DESIGN
 * 11). The value is only available through {@link #reveal()}, which callers use at the one place
 * the credential is handed to a client library.
 */
public final class Secret {
  private static final String MASK = "****";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** Wraps a credential; {@code null} is not a credential: use an empty string for "none". */
  public static Secret of(String value) {
    return new Secret(Objects.requireNonNull(value, "secret value"));
  }

  /** The credential itself; pass it straight to the client that needs it, never to a log. */
  public String reveal() {
    return value;
  }

  /** True when no credential was given (an empty string). */
  public boolean isEmpty() {
    return value.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return MASK;
  }
}

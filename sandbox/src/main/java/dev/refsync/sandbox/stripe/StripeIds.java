package dev.refsync.sandbox.stripe;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stripe-looking ids ({@code cus_}, {@code sub_}, {@code in_}, {@code ch_}, {@code re_}, {@code
 * dp_}, {@code evt_}, {@code req_}) from a counter: the counter is scrambled by a bijection modulo
 * 62^14 so ids look random, never collide, and a replay of the same operations yields the same ids.
 */
final class StripeIds {

  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final int LENGTH = 14;
  private static final BigInteger BASE = BigInteger.valueOf(62);
  private static final BigInteger MODULUS = BASE.pow(LENGTH);
  // Odd and not a multiple of 31, hence coprime with 62^14: n -> n * MULTIPLIER is a bijection.
  private static final BigInteger MULTIPLIER = new BigInteger("6364136223846793005");

  private final AtomicLong sequence = new AtomicLong();

  String next(String prefix) {
    BigInteger n = BigInteger.valueOf(sequence.incrementAndGet()).multiply(MULTIPLIER).mod(MODULUS);
    char[] out = new char[LENGTH];
    for (int i = LENGTH - 1; i >= 0; i--) {
      BigInteger[] qr = n.divideAndRemainder(BASE);
      out[i] = ALPHABET.charAt(qr[1].intValue());
      n = qr[0];
    }
    return prefix + "_" + new String(out);
  }
}

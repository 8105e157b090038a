package dev.refsync.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic ledger entry ids (DESIGN 5): the same (plan, referral, deal or payment, kind,
 * cause) always gives the same id, so recomputing the ledger or re-running a sync never pays twice.
 * The one definition of the id format: the commission engine names accruals and clawbacks with it,
 * the store's reconciler names withdrawals with it.
 */
public final class EntryIds {
  private static final String PREFIX = "rc_";
  private static final int HEX_CHARS = 32;

  // One digest per thread: MessageDigest is not thread-safe, and looking it up for each of up to
  // a million entries costs more than hashing them.
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(EntryIds::sha256);

  private EntryIds() {}

  /** The part naming a deal-based entry's subject; prefixed so a deal and payment never collide. */
  public static String deal(String dealId) {
    return "deal:" + dealId;
  }

  /** The part naming a payment-based entry's subject. */
  public static String payment(String paymentId) {
    return "payment:" + paymentId;
  }

  /** {@code "rc_"} + the first 32 hex characters of SHA-256 over the '|'-joined parts. */
  public static String of(String... parts) {
    MessageDigest sha256 = SHA256.get();
    byte[] digest = sha256.digest(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
    return PREFIX + HexFormat.of().formatHex(digest, 0, HEX_CHARS / 2);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform is required to provide SHA-256 (MessageDigest javadoc).
      throw new IllegalStateException("SHA-256 is not available on this JVM", e);
    }
  }
}

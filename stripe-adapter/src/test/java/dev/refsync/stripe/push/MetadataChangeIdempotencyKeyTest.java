package dev.refsync.stripe.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The idempotency key is a function of the change: equal changes share it, others do not. */
class MetadataChangeIdempotencyKeyTest {

  private static String key(
      String customer, Map<String, String> current, Map<String, String> want) {
    return MetadataChange.between(customer, current, want).idempotencyKey();
  }

  @Test
  void theSameChangeGetsTheSameKeyWhateverTheMapOrder() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("refsync_referral_id", "ref_1");
    ab.put("refsync_referrer", "Acme");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("refsync_referrer", "Acme");
    ba.put("refsync_referral_id", "ref_1");
    assertThat(key("cus_1", Map.of(), ab)).isEqualTo(key("cus_1", Map.of(), ba));
  }

  @Test
  void keysTheChangeDoesNotTouchDoNotAffectTheKey() {
    Map<String, String> want = Map.of("refsync_referral_id", "ref_1");
    assertThat(key("cus_1", Map.of("finance", "a"), want))
        .isEqualTo(key("cus_1", Map.of("finance", "b"), want));
  }

  @Test
  void anotherValueAnotherKeyOrAnotherCustomerGetsAnotherKey() {
    String base = key("cus_1", Map.of(), Map.of("refsync_referrer", "Acme"));
    assertThat(key("cus_1", Map.of(), Map.of("refsync_referrer", "Acme2"))).isNotEqualTo(base);
    assertThat(key("cus_1", Map.of(), Map.of("refsync_referral_id", "Acme"))).isNotEqualTo(base);
    assertThat(key("cus_2", Map.of(), Map.of("refsync_referrer", "Acme"))).isNotEqualTo(base);
  }

  @Test
  void settingBackAValueSomeoneEditedIsANewChange() {
    Map<String, String> want = Map.of("refsync_referrer", "Acme");
    assertThat(key("cus_1", Map.of(), want))
        .isNotEqualTo(key("cus_1", Map.of("refsync_referrer", "Edited by finance"), want));
  }

  @Test
  void fieldBoundariesCannotBeShiftedToCollide() {
    assertThat(key("cus_1", Map.of(), Map.of("ab", "c")))
        .isNotEqualTo(key("cus_1", Map.of(), Map.of("a", "bc")));
  }

  @Test
  void theKeyIsPrefixedHexSha256WellUnderStripes255Characters() {
    Map<String, String> huge = new LinkedHashMap<>();
    for (int i = 0; i < 50; i++) {
      huge.put(("k" + i + "_").repeat(20).substring(0, 40), "v".repeat(500));
    }
    String key = key("cus_" + "9".repeat(200), Map.of(), huge);
    assertThat(key).matches("refsync-meta-[0-9a-f]{64}");
    assertThat(key.length())
        .isEqualTo(77)
        .isLessThanOrEqualTo(MetadataChange.MAX_IDEMPOTENCY_KEY_LENGTH);
  }
}

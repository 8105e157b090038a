package dev.refsync.stripe.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The diff: only the mapped keys whose value differs; everything else is left alone. */
class MetadataChangeTest {
  private static final String CUS = "cus_1";

  @Test
  void aCustomerWithoutTheKeysGetsBoth() {
    MetadataChange c =
        MetadataChange.between(
            CUS,
            Map.of("refsync_account_id", "acc_1"),
            Map.of("refsync_referral_id", "ref_1", "refsync_referrer", "Acme Partners"));
    assertThat(c.updates())
        .containsExactly(
            entry("refsync_referral_id", "ref_1"), entry("refsync_referrer", "Acme Partners"));
    assertThat(c.before()).isEmpty();
  }

  @Test
  void equalValuesAreNotSentAndTheChangeCanBeEmpty() {
    Map<String, String> current =
        Map.of("refsync_referral_id", "ref_1", "refsync_referrer", "Acme", "finance", "x");
    assertThat(
            MetadataChange.between(
                    CUS,
                    current,
                    Map.of("refsync_referral_id", "ref_1", "refsync_referrer", "Acme"))
                .isEmpty())
        .isTrue();
  }

  @Test
  void onlyTheDifferingKeyIsSentWithItsValueBefore() {
    MetadataChange c =
        MetadataChange.between(
            CUS,
            Map.of("refsync_referral_id", "ref_1", "refsync_referrer", "Acme"),
            Map.of("refsync_referral_id", "ref_1", "refsync_referrer", "Acme Partners"));
    assertThat(c.updates()).containsExactly(entry("refsync_referrer", "Acme Partners"));
    assertThat(c.before()).containsExactly(entry("refsync_referrer", "Acme"));
  }

  @Test
  void keysTheMappingDoesNotWriteAreNeverSent() {
    MetadataChange c =
        MetadataChange.between(
            CUS,
            Map.of("refsync_account_id", "acc_1", "finance_code", "F-9"),
            Map.of("refsync_referral_id", "ref_2"));
    assertThat(c.updates()).containsOnlyKeys("refsync_referral_id");
  }

  @Test
  void anAbsentValueRemovesAPresentKeyWithAnEmptyString() {
    MetadataChange c =
        MetadataChange.between(
            CUS,
            Map.of("refsync_referral_id", "ref_1", "refsync_referrer", "Acme"),
            Map.of("refsync_referral_id", "ref_1", "refsync_referrer", ""));
    assertThat(c.updates()).containsExactly(entry("refsync_referrer", ""));
  }

  @Test
  void anAbsentValueForAnAbsentKeyIsNoChange() {
    Map<String, String> desired = new HashMap<>();
    desired.put("refsync_referrer", null);
    desired.put("refsync_referral_id", "");
    assertThat(MetadataChange.between(CUS, Map.of(), desired).isEmpty()).isTrue();
  }

  @Test
  void aCustomerWithNoMetadataIsTreatedAsEmpty() {
    assertThat(MetadataChange.between(CUS, null, Map.of("k", "v")).updates())
        .containsExactly(entry("k", "v"));
  }

  @Test
  void aValueOver500CharactersIsRefusedNamingTheKeyAndTheLimit() {
    String longName = "x".repeat(501);
    assertThatThrownBy(
            () -> MetadataChange.between(CUS, Map.of(), Map.of("refsync_referrer", longName)))
        .isInstanceOfSatisfying(
            MetadataLimitExceededException.class,
            e -> {
              assertThat(e.violations())
                  .containsExactly(
                      new MetadataViolation("refsync_referrer", MetadataLimit.VALUE_LENGTH, 501));
              assertThat(e.getMessage())
                  .contains("cus_1", "refsync_referrer", "501 characters", "Stripe allows 500");
            });
  }

  @Test
  void exactly500CharactersAnd40CharacterKeysAreAccepted() {
    String key40 = "k".repeat(40);
    assertThat(MetadataChange.between(CUS, Map.of(), Map.of(key40, "v".repeat(500))).updates())
        .containsOnlyKeys(key40);
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    String key41 = "k".repeat(41);
    assertThatThrownBy(
            () ->
                MetadataChange.between(
                    CUS, Map.of(), Map.of(key41, "v", "refsync_referrer", "x".repeat(600))))
        .isInstanceOfSatisfying(
            MetadataLimitExceededException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new MetadataViolation(key41, MetadataLimit.KEY_LENGTH, 41),
                        new MetadataViolation(
                            "refsync_referrer", MetadataLimit.VALUE_LENGTH, 600)));
  }

  @Test
  void aFifthyFirstKeyIsRefusedButReplacingOrRemovingAtFiftyIsNot() {
    Map<String, String> full = new HashMap<>();
    for (int i = 0; i < 50; i++) {
      full.put("finance_" + i, "v");
    }
    assertThatThrownBy(() -> MetadataChange.between(CUS, full, Map.of("refsync_referrer", "A")))
        .isInstanceOfSatisfying(
            MetadataLimitExceededException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new MetadataViolation("refsync_referrer", MetadataLimit.KEY_COUNT, 51)));
    assertThat(MetadataChange.between(CUS, full, Map.of("finance_0", "w")).updates())
        .containsExactly(entry("finance_0", "w"));
  }

  @Test
  void removingAKeyMakesRoomForANewOneInTheSameChange() {
    Map<String, String> full = new HashMap<>();
    for (int i = 0; i < 49; i++) {
      full.put("finance_" + i, "v");
    }
    full.put("refsync_referrer", "Old");
    assertThat(
            MetadataChange.between(
                    CUS, full, Map.of("refsync_referrer", "", "refsync_referral_id", "ref_1"))
                .updates())
        .containsExactly(entry("refsync_referral_id", "ref_1"), entry("refsync_referrer", ""));
  }
}

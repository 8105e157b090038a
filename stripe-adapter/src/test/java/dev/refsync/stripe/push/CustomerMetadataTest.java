package dev.refsync.stripe.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.refsync.core.model.Channel;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.MappingLoader;
import dev.refsync.mappings.mapper.MappingException;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.writeback.WriteBackMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The metadata keys and values come from stripe.yaml's writeBack.customer, not from this code. */
class CustomerMetadataTest {
  private static final Referral REFERRAL =
      new Referral(
          "ref_42",
          "rfr_7",
          "ana@buyer.com",
          "buyer.com",
          "Buyer",
          null,
          Channel.LINK,
          Instant.parse("2026-05-01T10:00:00Z"),
          null);

  private static Referrer referrer(String name) {
    return new Referrer("rfr_7", ReferrerType.PARTNER, name, "p@acme.com", null, null);
  }

  @Test
  void theDefaultMappingWritesTheReferralIdAndTheReferrerName() {
    CustomerMetadata metadata =
        new CustomerMetadata(new WriteBackMapper(DefaultMappings.load(SystemName.STRIPE)));
    assertThat(metadata.of(REFERRAL, referrer("Acme Partners")))
        .containsExactly(
            entry("refsync_referral_id", "ref_42"), entry("refsync_referrer", "Acme Partners"));
  }

  @Test
  void aReferrerWithoutANameClearsTheKey() {
    CustomerMetadata metadata =
        new CustomerMetadata(new WriteBackMapper(DefaultMappings.load(SystemName.STRIPE)));
    assertThat(metadata.of(REFERRAL, referrer(null))).containsEntry("refsync_referrer", "");
  }

  @Test
  void keysRenamedInTheMappingFileAreTheKeysWritten() {
    String yaml =
        DefaultMappings.text(DefaultMappings.fileName(SystemName.STRIPE))
            .replace("metadata.refsync_referrer", "metadata.partner_name");
    CustomerMetadata metadata =
        new CustomerMetadata(new WriteBackMapper(MappingLoader.parse("stripe.yaml", yaml)));
    assertThat(metadata.of(REFERRAL, referrer("Acme")))
        .containsOnlyKeys("refsync_referral_id", "partner_name");
  }

  @Test
  void aReferrerNameOver500CharactersIsRefusedByTheMapperNamingTheReferral() {
    CustomerMetadata metadata =
        new CustomerMetadata(new WriteBackMapper(DefaultMappings.load(SystemName.STRIPE)));
    assertThatThrownBy(() -> metadata.of(REFERRAL, referrer("n".repeat(501))))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("ref_42");
  }
}

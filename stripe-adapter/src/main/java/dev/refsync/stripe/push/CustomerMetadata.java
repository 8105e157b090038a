package dev.refsync.stripe.push;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.mappings.spec.WriteBackKind;
import dev.refsync.mappings.writeback.WriteBackMapper;
import dev.refsync.mappings.writeback.WriteBackValues;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The customer metadata Refsync wants, named by the Stripe mapping's {@code writeBack.customer}
 * (DESIGN 8; by default {@code refsync_referral_id} and {@code refsync_referrer}) rather than by
 * keys hard-coded here. The mapping module's {@code WriteBackCheck} guarantees a Stripe write-back
 * targets {@code metadata.<key>} only.
 */
public final class CustomerMetadata {
  private final WriteBackMapper mapper;

  public CustomerMetadata(WriteBackMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Key → value for the customer a referral brought; a mapped attribute without a value is {@code
   * ""} (the key must be absent).
   *
   * @throws dev.refsync.mappings.mapper.MappingException when a value cannot be written, naming the
   *     referral (e.g. longer than Stripe's 500 characters)
   */
  public SortedMap<String, String> of(Referral referral, Referrer referrer) {
    return of(WriteBackValues.forCustomer(referral, referrer), referral.id());
  }

  /** Same, from canonical write-back values ({@link WriteBackValues#forCustomer}). */
  public SortedMap<String, String> of(Map<String, Object> values, String recordId) {
    JsonNode metadata = mapper.toVendor(WriteBackKind.CUSTOMER, values, recordId).path("metadata");
    SortedMap<String, String> out = new TreeMap<>();
    metadata.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }
}

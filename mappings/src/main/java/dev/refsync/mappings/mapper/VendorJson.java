package dev.refsync.mappings.mapper;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * How vendor JSON must be read for the mapper: decimals as exact {@link java.math.BigDecimal}s with
 * their scale kept (Salesforce {@code "Amount": 24000.50} stays 24000.50, never a double). Adapters
 * and tools read records with this mapper.
 */
public final class VendorJson {
  private VendorJson() {}

  /** A new mapper configured for vendor records. */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }
}

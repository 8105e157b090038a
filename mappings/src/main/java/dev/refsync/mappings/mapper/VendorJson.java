package dev.refsync.mappings.mapper;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * How vendor JSON must be read for the mapper: decimals as exact {@link java.math.BigDecimal}s with
 * their scale kept (Salesforce {@code "Amount": 24000.50} stays 24000.50, never a double). Adapters
 * and tools read records with this mapper.
 */
public final class VendorJson {
  private VendorJson() {}

  /** A new mapper configured for vendor records. */
  public static ObjectMapper mapper() {
    ObjectMapper mapper =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    return mapper;
  }
}

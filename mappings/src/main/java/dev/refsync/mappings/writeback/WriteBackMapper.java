package dev.refsync.mappings.writeback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.mappings.mapper.MappingException;
import dev.refsync.mappings.mapper.PathReader;
import dev.refsync.mappings.mapper.ValueCodec;
import dev.refsync.mappings.spec.Attribute;
import dev.refsync.mappings.spec.CanonicalAttributes;
import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.spec.WriteBackKind;
import dev.refsync.mappings.spec.WriteRule;
import dev.refsync.mappings.spec.WriteTarget;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns canonical write-back values (see {@link WriteBackValues}) into the vendor fields named by
 * the mapping file (DESIGN 8), and reads them back from a vendor record. Reading back what was
 * written gives the same values, so Refsync can tell whether a CRM record is already up to date.
 */
public final class WriteBackMapper {
  /** Stripe metadata values hold at most 500 characters (VENDOR-FACTS, Stripe). */
  public static final int STRIPE_METADATA_VALUE_MAX = 500;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final MappingSpec spec;

  public WriteBackMapper(MappingSpec spec) {
    this.spec = spec;
  }

  /** The target the mapping declares for this kind. */
  public WriteTarget target(WriteBackKind kind) {
    return spec.target(kind)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "the "
                        + spec.system().yamlName()
                        + " mapping has no writeBack."
                        + kind.yamlName()
                        + ": add it to the mapping file"));
  }

  /**
   * The vendor body: each mapped vendor field (dotted paths become nested objects, e.g. {@code
   * metadata.refsync_referral_id} or {@code properties.refsync_referrer}). An absent value clears
   * the field: {@code null} on Salesforce, {@code ""} where values travel as text (HubSpot,
   * Stripe).
   *
   * @param recordId names the record in errors; may be null
   * @throws MappingException when a value cannot be written (e.g. a Stripe metadata value too long)
   */
  public ObjectNode toVendor(WriteBackKind kind, Map<String, Object> values, String recordId) {
    WriteTarget target = target(kind);
    SystemName system = spec.system();
    ObjectNode body = NODES.objectNode();
    for (Map.Entry<String, WriteRule> e : target.fields().entrySet()) {
      Attribute a = CanonicalAttributes.of(kind).get(e.getKey());
      WriteRule rule = e.getValue();
      Object value = values.get(a.name());
      JsonNode written =
          value == null
              ? (system.textValues() ? NODES.textNode("") : NODES.nullNode())
              : ValueCodec.write(a.type(), rule, value, system.textValues());
      if (system == SystemName.STRIPE && written.asText().length() > STRIPE_METADATA_VALUE_MAX) {
        throw new MappingException(
            system.refSystem(),
            target.object(),
            recordId,
            a.name(),
            rule.to(),
            written.asText(),
            "longer than " + STRIPE_METADATA_VALUE_MAX + " characters",
            "Stripe metadata values hold at most " + STRIPE_METADATA_VALUE_MAX + " characters");
      }
      put(body, rule.to(), written);
    }
    return body;
  }

  /**
   * Reads the mapped fields back from a vendor record as canonical values; absent fields are absent
   * from the result.
   *
   * @throws MappingException when a vendor value does not convert back
   */
  public Map<String, Object> fromVendor(WriteBackKind kind, JsonNode vendorRecord) {
    WriteTarget target = target(kind);
    JsonNode idNode = PathReader.read(vendorRecord, spec.system().idPath());
    String recordId = idNode.isMissingNode() ? null : idNode.asText();
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, WriteRule> e : target.fields().entrySet()) {
      Attribute a = CanonicalAttributes.of(kind).get(e.getKey());
      WriteRule rule = e.getValue();
      JsonNode node = PathReader.read(vendorRecord, rule.to());
      if (node.isMissingNode()) {
        continue;
      }
      try {
        out.put(a.name(), ValueCodec.read(a.type(), rule, node));
      } catch (ValueCodec.UnreadableValueException ex) {
        throw new MappingException(
            spec.system().refSystem(),
            target.object(),
            recordId,
            a.name(),
            rule.to(),
            node.asText(),
            ex.getMessage(),
            ex.hint());
      }
    }
    return out;
  }

  private static void put(ObjectNode body, String path, JsonNode value) {
    String[] segments = path.split("\\.");
    ObjectNode node = body;
    for (int i = 0; i < segments.length - 1; i++) {
      JsonNode child = node.get(segments[i]);
      node = child instanceof ObjectNode o ? o : node.putObject(segments[i]);
    }
    node.set(segments[segments.length - 1], value);
  }
}

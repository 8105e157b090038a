package dev.refsync.mappings.mapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.ExternalRef;
import dev.refsync.core.model.Money;
import dev.refsync.mappings.spec.Attribute;
import dev.refsync.mappings.spec.CanonicalAttributes;
import dev.refsync.mappings.spec.Condition;
import dev.refsync.mappings.spec.Conversion;
import dev.refsync.mappings.spec.FieldRule;
import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.RecordKind;
import dev.refsync.mappings.spec.RecordSource;
import dev.refsync.mappings.spec.Stages;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.spec.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps one vendor record (JSON as the API returns it) to canonical records, following a mapping
 * file. Every adapter uses it, so a field moved by revops needs no code change (DESIGN 6). A record
 * that cannot be mapped raises a {@link MappingException} naming system, object, record id, field
 * and value.
 */
public final class RecordMapper {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MappingSpec spec;

  public RecordMapper(MappingSpec spec) {
    this.spec = spec;
  }

  public SystemName system() {
    return spec.system();
  }

  public MappingSpec spec() {
    return spec;
  }

  /** The canonical kinds this record is read as: its object matches and every condition holds. */
  public List<RecordKind> kindsFor(String objectType, JsonNode record) {
    List<RecordKind> kinds = new ArrayList<>();
    for (RecordKind kind : RecordKind.values()) {
      if (source(kind, objectType, record).isPresent()) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  /**
   * Maps the record to every kind it is read as (a Salesforce partner Account is both an account
   * and a referrer); empty when the mapping reads nothing from it.
   *
   * @throws MappingException when any of them fails
   */
  public List<MappedRecord> map(String objectType, JsonNode record, MappingContext context) {
    List<MappedRecord> out = new ArrayList<>();
    for (RecordKind kind : kindsFor(objectType, record)) {
      out.add(map(kind, objectType, record, context));
    }
    return out;
  }

  /**
   * Maps the record as one kind.
   *
   * @throws MappingException when the record is not read as this kind or a value does not map
   */
  public MappedRecord map(
      RecordKind kind, String objectType, JsonNode record, MappingContext context) {
    String recordId = recordId(record);
    RecordSource source =
        source(kind, objectType, record)
            .orElseThrow(
                () ->
                    new MappingException(
                        spec.system().refSystem(),
                        objectType,
                        recordId,
                        kind.yamlName(),
                        null,
                        null,
                        "the mapping reads no " + kind.yamlName() + " from this record",
                        "check records."
                            + kind.yamlName()
                            + " (object: and when:) in the mapping"));
    FieldReader reader = new FieldReader(objectType, recordId, record, context);
    Map<String, Object> values = new HashMap<>();
    for (Attribute a : CanonicalAttributes.of(kind).values()) {
      FieldRule rule = source.fields().get(a.name());
      Object value = rule == null ? null : reader.read(a, rule, source.stages());
      if (value == null && a.required()) {
        throw reader.failure(
            a.name(),
            rule,
            null,
            "required value is missing",
            "fill the vendor field, or give a default: in the mapping");
      }
      values.put(a.name(), value);
    }
    checkCurrency(reader, source, values);
    ExternalRef ref =
        recordId == null ? null : new ExternalRef(spec.system().refSystem(), recordId);
    return new MappedRecord(kind, CanonicalFactory.build(kind, values, ref));
  }

  private static void checkCurrency(
      FieldReader reader, RecordSource source, Map<String, Object> values) {
    Object currency = values.get("currency");
    if (currency != null && !Money.isCurrency((String) currency)) {
      throw reader.failure(
          "currency",
          source.fields().get("currency"),
          (String) currency,
          "not an ISO 4217 currency code",
          "codes are upper-case, e.g. USD: add convert: uppercase");
    }
  }

  private String recordId(JsonNode record) {
    JsonNode id = PathReader.read(record, spec.system().idPath());
    return id.isMissingNode() ? null : id.asText();
  }

  private Optional<RecordSource> source(RecordKind kind, String objectType, JsonNode record) {
    return spec.sources(kind).stream()
        .filter(s -> s.object().equalsIgnoreCase(objectType))
        .filter(s -> s.when().stream().allMatch(c -> holds(c, record)))
        .findFirst();
  }

  private static boolean holds(Condition c, JsonNode record) {
    JsonNode value = PathReader.read(record, c.field());
    boolean absent = value.isMissingNode();
    if (c.present() != null) {
      return c.present() != absent;
    }
    if (absent) {
      return false;
    }
    String text = value.asText().strip();
    if (c.equalsValue() != null) {
      return c.equalsValue().equals(text);
    }
    return c.in().contains(text);
  }

  /** Reads the fields of one record; knows the record so it can name it in errors. */
  private final class FieldReader {
    private final String objectType;
    private final String recordId;
    private final JsonNode record;
    private final MappingContext context;
    private Object recordAsJava;

    FieldReader(String objectType, String recordId, JsonNode record, MappingContext context) {
      this.objectType = objectType;
      this.recordId = recordId;
      this.record = record;
      this.context = context;
    }

    Object read(Attribute a, FieldRule rule, Stages stages) {
      if (rule.constant() != null) {
        return typed(a, rule, rule.constant(), rule.constant());
      }
      JsonNode raw = raw(rule);
      if (rule.expression() != null) {
        raw = evaluate(a, rule, raw);
      }
      if (PathReader.isAbsent(raw)) {
        return rule.defaultValue() == null ? null : typed(a, rule, null, rule.defaultValue());
      }
      Conversion conversion = rule.conversionFor(a.type());
      Object converted;
      try {
        converted = ValueConverter.convert(conversion, raw, params(rule));
      } catch (ConversionFailure f) {
        if (conversion == Conversion.PICKLIST && rule.defaultValue() != null) {
          return typed(a, rule, raw.asText(), rule.defaultValue());
        }
        throw failure(a.name(), rule, raw.asText(), f.getMessage(), f.hint());
      }
      if (a.type() == ValueType.STAGE) {
        return stage(TypedValues.asText(converted), stages);
      }
      return typed(a, rule, raw.asText(), converted);
    }

    private DealStage stage(String value, Stages stages) {
      if (stages.closedWon().contains(value)) {
        return DealStage.CLOSED_WON;
      }
      return stages.closedLost().contains(value) ? DealStage.CLOSED_LOST : DealStage.OPEN;
    }

    private Object typed(Attribute a, FieldRule rule, String shown, Object value) {
      try {
        return TypedValues.coerce(value, a.type());
      } catch (ConversionFailure f) {
        throw failure(a.name(), rule, shown, f.getMessage(), f.hint());
      }
    }

    private JsonNode raw(FieldRule rule) {
      if (rule.association() != null) {
        return context
            .firstAssociated(rule.association())
            .<JsonNode>map(TextNode::valueOf)
            .orElse(MissingNode.getInstance());
      }
      for (String path : rule.from()) {
        JsonNode node = PathReader.read(record, path);
        if (!node.isMissingNode()) {
          return node;
        }
      }
      return MissingNode.getInstance();
    }

    private JsonNode evaluate(Attribute a, FieldRule rule, JsonNode raw) {
      if (recordAsJava == null) {
        recordAsJava = JSON.convertValue(record, Object.class);
      }
      Object fromValue = PathReader.isAbsent(raw) ? null : JSON.convertValue(raw, Object.class);
      try {
        Object result = SandboxedExpressions.evaluate(rule.expression(), recordAsJava, fromValue);
        return result == null ? MissingNode.getInstance() : JSON.valueToTree(result);
      } catch (SandboxedExpressions.ExpressionFailedException e) {
        throw failure(
            a.name(),
            rule,
            fromValue == null ? null : String.valueOf(fromValue),
            "expression failed: " + e.getMessage(),
            "expressions may index the record (#root['Field']) and use #value; nothing else");
      }
    }

    private ValueConverter.Params params(FieldRule rule) {
      String currency = null;
      if (rule.currency() != null) {
        JsonNode c = PathReader.read(record, rule.currency());
        currency = c.isMissingNode() ? null : c.asText();
      }
      return new ValueConverter.Params(rule.pattern(), rule.zone(), rule.values(), currency);
    }

    MappingException failure(
        String field, FieldRule rule, String value, String reason, String hint) {
      return new MappingException(
          spec.system().refSystem(),
          objectType,
          recordId,
          field,
          rule == null ? null : describe(rule),
          value,
          reason,
          hint);
    }

    private static String describe(FieldRule rule) {
      if (rule.association() != null) {
        return "association " + rule.association();
      }
      if (rule.expression() != null) {
        return "expression " + rule.expression();
      }
      if (rule.constant() != null) {
        return "constant";
      }
      return String.join(" | ", rule.from());
    }
  }
}

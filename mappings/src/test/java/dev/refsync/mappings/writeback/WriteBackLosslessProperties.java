package dev.refsync.mappings.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.model.Channel;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.AttributionModel;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.Attribute;
import dev.refsync.mappings.spec.CanonicalAttributes;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.spec.WriteBackKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Write-back fields mapped to vendor values and read back through the same mapping give the same
 * canonical values, for every default mapping and target (issue 3; DESIGN 8). Text is generated
 * without surrounding blanks because every read trims, and times at millisecond precision because
 * that is what Salesforce and HubSpot store.
 */
class WriteBackLosslessProperties {

  /** A default mapping's write-back target together with values for its attributes. */
  record Case(SystemName system, WriteBackKind kind, Map<String, Object> values) {}

  @Property(tries = 300)
  void writingThenReadingBackIsLossless(@ForAll("cases") Case c) {
    WriteBackMapper mapper = new WriteBackMapper(DefaultMappings.load(c.system()));

    ObjectNode vendor = mapper.toVendor(c.kind(), c.values(), "rec-1");
    Map<String, Object> readBack = mapper.fromVendor(c.kind(), vendor);

    Map<String, Object> expected = new HashMap<>();
    for (String mapped : mapper.target(c.kind()).fields().keySet()) {
      if (c.values().get(mapped) != null) {
        expected.put(mapped, c.values().get(mapped));
      }
    }
    assertThat(readBack).isEqualTo(expected);
  }

  @Provide
  Arbitrary<Case> cases() {
    List<Tuple.Tuple2<SystemName, WriteBackKind>> targets =
        List.of(
            Tuple.of(SystemName.SALESFORCE, WriteBackKind.DEAL),
            Tuple.of(SystemName.SALESFORCE, WriteBackKind.COMMISSION),
            Tuple.of(SystemName.HUBSPOT, WriteBackKind.DEAL),
            Tuple.of(SystemName.HUBSPOT, WriteBackKind.COMMISSION),
            Tuple.of(SystemName.STRIPE, WriteBackKind.CUSTOMER));
    return Arbitraries.of(targets)
        .flatMap(t -> values(t.get2()).map(v -> new Case(t.get1(), t.get2(), v)));
  }

  private Arbitrary<Map<String, Object>> values(WriteBackKind kind) {
    List<Attribute> attributes = List.copyOf(CanonicalAttributes.of(kind).values());
    List<Arbitrary<Object>> perAttribute =
        attributes.stream().map(a -> valueOf(a).injectNull(a.required() ? 0 : 0.2)).toList();
    return Combinators.combine(perAttribute)
        .as(
            vs -> {
              Map<String, Object> m = new HashMap<>();
              for (int i = 0; i < attributes.size(); i++) {
                m.put(attributes.get(i).name(), vs.get(i));
              }
              return m;
            });
  }

  private static Arbitrary<Object> valueOf(Attribute a) {
    Arbitrary<?> arbitrary =
        switch (a.type()) {
          case TEXT ->
              Arbitraries.strings()
                  .ofMinLength(1)
                  .ofMaxLength(120)
                  .excludeChars(';')
                  .filter(s -> !s.isBlank() && s.strip().equals(s));
          case DECIMAL ->
              Arbitraries.integers()
                  .between(0, 6)
                  .flatMap(
                      scale ->
                          Arbitraries.bigDecimals()
                              .between(new BigDecimal("-1000000"), new BigDecimal("1000000"))
                              .ofScale(scale));
          case INSTANT ->
              Arbitraries.longs()
                  .between(
                      Instant.parse("2000-01-01T00:00:00Z").toEpochMilli(),
                      Instant.parse("2100-01-01T00:00:00Z").toEpochMilli())
                  .map(Instant::ofEpochMilli);
          case REFERRER_TYPE -> Arbitraries.of(ReferrerType.class);
          case CHANNEL -> Arbitraries.of(Channel.class);
          case ATTRIBUTION_MODEL -> Arbitraries.of(AttributionModel.class);
          case ENTRY_KIND -> Arbitraries.of(EntryKind.class);
          case ENTRY_STATUS -> Arbitraries.of(EntryStatus.class);
          default ->
              throw new IllegalArgumentException("no write-back attribute of type " + a.type());
        };
    return arbitrary.map(Object.class::cast);
  }
}

package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.Json;
import dev.refsync.sandbox.salesforce.soql.Condition;
import dev.refsync.sandbox.salesforce.soql.SoqlException;
import dev.refsync.sandbox.salesforce.soql.SoqlQuery;
import dev.refsync.sandbox.salesforce.soql.SoqlValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Runs a parsed SOQL query against the store: resolves fields and relationship paths against the
 * schema ({@code INVALID_TYPE} / {@code INVALID_FIELD} with Salesforce's wording), type-checks
 * WHERE literals, filters, sorts and renders records with their {@code attributes}. Call under the
 * store lock; the rendered rows are the snapshot later pages are served from.
 */
final class QueryEngine {

  private final SalesforceStore store;

  QueryEngine(SalesforceStore store) {
    this.store = store;
  }

  /** A resolved path: the reference fields walked, then the field read. */
  private record Resolved(List<FieldDef> hops, FieldDef leaf) {}

  List<ObjectNode> run(SoqlQuery query, boolean includeDeleted, String apiVersion) {
    SObjectDef type =
        store
            .schema()
            .type(query.object())
            .orElseThrow(
                () ->
                    SoqlException.invalidType(
                        query.text(),
                        query.objectPosition(),
                        "sObject type '"
                            + query.object()
                            + "' is not supported. If you are attempting to use a custom object,"
                            + " be sure to append the '__c' after the entity name. Please reference"
                            + " your WSDL or the describe call for the appropriate names."));
    Map<SoqlQuery.FieldRef, Resolved> selected = new LinkedHashMap<>();
    for (SoqlQuery.FieldRef f : query.fields()) {
      selected.put(f, resolve(query, type, f));
    }
    Predicate<SObjectRecord> where =
        query.where().map(c -> compile(query, type, c)).orElse(r -> true);
    Comparator<SObjectRecord> order = comparator(query, type);
    List<SObjectRecord> rows = new ArrayList<>();
    for (SObjectRecord r : store.records(type, includeDeleted)) {
      if (where.test(r)) {
        rows.add(r);
      }
    }
    if (order != null) {
      rows.sort(order);
    }
    int limit = query.limit().orElse(Integer.MAX_VALUE);
    List<ObjectNode> out = new ArrayList<>();
    for (SObjectRecord r : rows.subList(0, Math.min(limit, rows.size()))) {
      out.add(render(r, selected, apiVersion));
    }
    return out;
  }

  private Resolved resolve(SoqlQuery query, SObjectDef root, SoqlQuery.FieldRef ref) {
    List<FieldDef> hops = new ArrayList<>();
    SObjectDef current = root;
    List<String> path = ref.path();
    for (int i = 0; i < path.size() - 1; i++) {
      String relationship = path.get(i);
      FieldDef hop =
          current
              .relationship(relationship)
              .orElseThrow(() -> noSuchRelation(query, ref, relationship));
      hops.add(hop);
      current = store.schema().type(hop.referenceTo()).orElseThrow();
    }
    String leafName = path.get(path.size() - 1);
    SObjectDef owner = current;
    FieldDef leaf =
        owner
            .field(leafName)
            .orElseThrow(
                () ->
                    SoqlException.invalidField(
                        query.text(),
                        ref.position(),
                        "No such column '"
                            + leafName
                            + "' on entity '"
                            + owner.name()
                            + "'. If you are attempting to use a custom field, be sure to append"
                            + " the '__c' after the custom field name. Please reference your WSDL"
                            + " or the describe call for the appropriate names."));
    return new Resolved(hops, leaf);
  }

  private static SoqlException noSuchRelation(
      SoqlQuery query, SoqlQuery.FieldRef ref, String relationship) {
    return SoqlException.invalidField(
        query.text(),
        ref.position(),
        "Didn't understand relationship '"
            + relationship
            + "' in field path. If you are attempting to use a custom relationship, be sure to"
            + " append the '__r' after the custom relationship name. Please reference your WSDL"
            + " or the describe call for the appropriate names.");
  }

  private Object value(SObjectRecord record, Resolved path) {
    SObjectRecord current = record;
    for (FieldDef hop : path.hops()) {
      Object id = current.get(hop);
      if (id == null) {
        return null;
      }
      Optional<SObjectRecord> next = store.find(id.toString());
      if (next.isEmpty()) {
        return null;
      }
      current = next.get();
    }
    return current.get(path.leaf());
  }

  // ---- WHERE ----

  /** Resolves and type-checks the clause once, so errors surface even when no record exists. */
  private Predicate<SObjectRecord> compile(SoqlQuery query, SObjectDef type, Condition c) {
    if (c instanceof Condition.And and) {
      List<Predicate<SObjectRecord>> terms = compileAll(query, type, and.terms());
      return r -> terms.stream().allMatch(t -> t.test(r));
    }
    if (c instanceof Condition.Or or) {
      List<Predicate<SObjectRecord>> terms = compileAll(query, type, or.terms());
      return r -> terms.stream().anyMatch(t -> t.test(r));
    }
    if (c instanceof Condition.Not not) {
      return compile(query, type, not.term()).negate();
    }
    if (c instanceof Condition.Comparison cmp) {
      Resolved path = resolve(query, type, cmp.field());
      Object expected = literal(query, path.leaf(), cmp.value());
      return r -> compare(path.leaf(), value(r, path), cmp.operator(), expected);
    }
    Condition.In in = (Condition.In) c;
    Resolved path = resolve(query, type, in.field());
    List<Object> candidates = new ArrayList<>();
    for (SoqlValue v : in.values()) {
      candidates.add(literal(query, path.leaf(), v));
    }
    return r -> {
      Object actual = value(r, path);
      boolean any = candidates.stream().anyMatch(e -> compare(path.leaf(), actual, "=", e));
      return in.negated() != any;
    };
  }

  private List<Predicate<SObjectRecord>> compileAll(
      SoqlQuery query, SObjectDef type, List<Condition> terms) {
    List<Predicate<SObjectRecord>> out = new ArrayList<>();
    for (Condition t : terms) {
      out.add(compile(query, type, t));
    }
    return out;
  }

  /** The literal as a stored value of the field's type, or Salesforce's type-mismatch error. */
  private static Object literal(SoqlQuery query, FieldDef field, SoqlValue v) {
    if (v instanceof SoqlValue.Null) {
      return null;
    }
    FieldType.Kind kind = field.type().kind();
    Object converted =
        switch (kind) {
          case TEXT -> v instanceof SoqlValue.Text t ? t.value() : null;
          case ID ->
              v instanceof SoqlValue.Text t
                  ? SalesforceIds.normalize(t.value())
                      .orElseThrow(
                          () ->
                              SoqlException.invalidFilter(
                                  query.text(), v.position(), "invalid ID field: " + t.value()))
                  : null;
          case BOOLEAN -> v instanceof SoqlValue.Bool b ? b.value() : null;
          case NUMBER -> v instanceof SoqlValue.Number n ? n.value() : null;
          case DATE -> v instanceof SoqlValue.DateValue d ? d.value() : null;
          case DATETIME -> v instanceof SoqlValue.DateTimeValue d ? d.value() : null;
        };
    if (converted == null) {
      boolean quoted = kind == FieldType.Kind.TEXT || kind == FieldType.Kind.ID;
      throw SoqlException.invalidField(
          query.text(),
          v.position(),
          "value of filter criterion for field '"
              + field.name()
              + "' must be of type "
              + field.type().soqlTypeName()
              + (quoted
                  ? " and should be enclosed in quotes"
                  : " and should not be enclosed in quotes"));
    }
    return converted;
  }

  private static boolean compare(FieldDef field, Object actual, String op, Object expected) {
    if (expected == null || actual == null) {
      boolean bothNull = expected == null && actual == null;
      return switch (op) {
        case "=" -> bothNull;
        case "!=" -> !bothNull;
        default -> false;
      };
    }
    int c = compareValues(field, actual, expected);
    return switch (op) {
      case "=" -> c == 0;
      case "!=" -> c != 0;
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      case ">=" -> c >= 0;
      default -> throw new IllegalStateException("lexer admitted operator " + op);
    };
  }

  /** Text compares case-insensitively (SOQL's collation); ids exactly. */
  private static int compareValues(FieldDef field, Object a, Object b) {
    return switch (field.type().kind()) {
      case TEXT ->
          a.toString().toLowerCase(Locale.ROOT).compareTo(b.toString().toLowerCase(Locale.ROOT));
      case ID -> a.toString().compareTo(b.toString());
      case BOOLEAN -> Boolean.compare((Boolean) a, (Boolean) b);
      case NUMBER -> ((BigDecimal) a).compareTo((BigDecimal) b);
      case DATE -> ((LocalDate) a).compareTo((LocalDate) b);
      case DATETIME -> ((Instant) a).compareTo((Instant) b);
    };
  }

  // ---- ORDER BY ----

  private Comparator<SObjectRecord> comparator(SoqlQuery query, SObjectDef type) {
    Comparator<SObjectRecord> out = null;
    for (SoqlQuery.OrderItem item : query.orderBy()) {
      Resolved path = resolve(query, type, item.field());
      Comparator<Object> values = (a, b) -> compareValues(path.leaf(), a, b);
      if (item.descending()) {
        values = values.reversed();
      }
      Comparator<Object> withNulls =
          item.effectiveNullsFirst() ? Comparator.nullsFirst(values) : Comparator.nullsLast(values);
      Comparator<SObjectRecord> one = Comparator.comparing(r -> value(r, path), withNulls);
      out = out == null ? one : out.thenComparing(one);
    }
    return out;
  }

  // ---- rendering ----

  private ObjectNode render(
      SObjectRecord record, Map<SoqlQuery.FieldRef, Resolved> selected, String apiVersion) {
    ObjectNode out = attributes(record, apiVersion);
    for (Resolved path : selected.values()) {
      put(out, record, path, 0, apiVersion);
    }
    return out;
  }

  private void put(
      ObjectNode node, SObjectRecord record, Resolved path, int depth, String apiVersion) {
    if (depth == path.hops().size()) {
      node.set(path.leaf().name(), FieldValues.toJson(record.get(path.leaf())));
      return;
    }
    FieldDef hop = path.hops().get(depth);
    Object id = record.get(hop);
    Optional<SObjectRecord> next = id == null ? Optional.empty() : store.find(id.toString());
    if (next.isEmpty()) {
      node.putNull(hop.relationshipName());
      return;
    }
    ObjectNode child =
        node.get(hop.relationshipName()) instanceof ObjectNode existing
            ? existing
            : attributes(next.get(), apiVersion);
    node.set(hop.relationshipName(), child);
    put(child, next.get(), path, depth + 1, apiVersion);
  }

  static ObjectNode attributes(SObjectRecord record, String apiVersion) {
    ObjectNode out = Json.object();
    ObjectNode attributes = out.putObject("attributes");
    attributes.put("type", record.type().name());
    attributes.put(
        "url",
        "/services/data/" + apiVersion + "/sobjects/" + record.type().name() + "/" + record.id());
    return out;
  }
}

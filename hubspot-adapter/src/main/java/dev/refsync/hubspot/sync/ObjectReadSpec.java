package dev.refsync.hubspot.sync;

import dev.refsync.mappings.spec.FieldRule;
import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.RecordKind;
import dev.refsync.mappings.spec.RecordSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the source reads of one HubSpot object type, derived from the mapping file so a field revops
 * add is read without a code change (DESIGN 6).
 *
 * @param objectType the CRM v3 object type, e.g. {@code contacts}
 * @param lastModifiedProperty the search cursor's time property: {@code lastmodifieddate} on
 *     contacts, {@code hs_lastmodifieddate} on every other type (VENDOR-FACTS, incremental read)
 * @param properties the properties to ask for (HubSpot returns only a default few otherwise)
 * @param associations the object types whose associated ids the mapping reads ({@code association:
 *     companies})
 * @param readsRoles the mapping reads contacts from this type: their deal association labels become
 *     {@code Contact.roles}
 */
record ObjectReadSpec(
    String objectType,
    String lastModifiedProperty,
    List<String> properties,
    List<String> associations,
    boolean readsRoles) {

  /** Where the contact roles come from: the labels of the contact's deal associations. */
  static final String ROLE_SOURCE = "deals";

  private static final Pattern EXPRESSION_PROPERTY =
      Pattern.compile("\\['properties'\\]\\s*\\['([A-Za-z0-9_]+)'\\]");

  /**
   * One spec per object type the mapping reads, accounts and referrers first so the records that
   * point at them follow (the order of {@link RecordKind} with accounts moved ahead).
   */
  static Map<String, ObjectReadSpec> from(MappingSpec mapping) {
    List<RecordKind> order = new ArrayList<>();
    order.add(RecordKind.ACCOUNT);
    for (RecordKind kind : RecordKind.values()) {
      if (kind != RecordKind.ACCOUNT) {
        order.add(kind);
      }
    }
    Map<String, List<RecordSource>> byObject = new LinkedHashMap<>();
    Map<String, Boolean> contacts = new LinkedHashMap<>();
    for (RecordKind kind : order) {
      for (RecordSource source : mapping.sources(kind)) {
        String object = source.object().toLowerCase(Locale.ROOT);
        byObject.computeIfAbsent(object, o -> new ArrayList<>()).add(source);
        contacts.merge(object, kind == RecordKind.CONTACT, Boolean::logicalOr);
      }
    }
    Map<String, ObjectReadSpec> out = new LinkedHashMap<>();
    byObject.forEach(
        (object, sources) -> {
          String lastModified = lastModifiedProperty(object);
          Set<String> properties = new TreeSet<>();
          properties.add(lastModified);
          Set<String> associations = new LinkedHashSet<>();
          for (RecordSource source : sources) {
            for (String path : source.vendorFieldsRead()) {
              if (path.startsWith("properties.")) {
                properties.add(path.substring("properties.".length()).split("\\.")[0]);
              }
            }
            for (FieldRule rule : source.fields().values()) {
              if (rule.association() != null) {
                associations.add(rule.association());
              }
              if (rule.expression() != null) {
                Matcher m = EXPRESSION_PROPERTY.matcher(rule.expression());
                while (m.find()) {
                  properties.add(m.group(1));
                }
              }
            }
          }
          out.put(
              object,
              new ObjectReadSpec(
                  object,
                  lastModified,
                  List.copyOf(properties),
                  List.copyOf(associations),
                  contacts.getOrDefault(object, false)));
        });
    return out;
  }

  /** VENDOR-FACTS: contacts keep their modification time in lastmodifieddate. */
  static String lastModifiedProperty(String objectType) {
    return "contacts".equals(objectType) ? "lastmodifieddate" : "hs_lastmodifieddate";
  }
}

package dev.refsync.hubspot.provision;

import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.hubspot.client.HubSpotClient;
import dev.refsync.hubspot.client.ObjectSchema;
import dev.refsync.hubspot.client.PropertyDefinition;
import dev.refsync.hubspot.client.PropertyGroup;
import dev.refsync.hubspot.client.SchemaRequest;
import dev.refsync.hubspot.provision.ProvisioningAction.CreateProperty;
import dev.refsync.hubspot.provision.ProvisioningAction.CreatePropertyGroup;
import dev.refsync.hubspot.provision.ProvisioningAction.CreateSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code refsync provision} for HubSpot (DESIGN 8): creates the properties, the property group and
 * the commission schema that are missing, and changes nothing that exists. A property that exists
 * under the same name is left as it is, whatever its label, group or type; a schema that exists
 * only gets its missing properties (through the properties API on its object type id).
 */
public final class HubSpotProvisioner {
  private final HubSpotClient client;
  private final HubSpotProvisioningSpec spec;

  public HubSpotProvisioner(HubSpotClient client, HubSpotProvisioningSpec spec) {
    this.client = client;
    this.spec = spec;
  }

  /** What is missing, read from the portal; creates nothing ({@code --dry-run}). */
  public List<ProvisioningAction> plan() {
    return review().actions();
  }

  /**
   * What is missing and, for what exists, where it does not fit the write-back (another type,
   * missing enumeration options, a key that is not unique). Creates nothing.
   */
  public ProvisioningReview review() {
    List<ProvisioningAction> actions = new ArrayList<>();
    List<ProvisioningWarning> warnings = new ArrayList<>();
    if (!spec.dealProperties().isEmpty()) {
      planProperties(
          spec.dealObject(),
          spec.dealGroup(),
          spec.dealProperties(),
          actions,
          warnings,
          Optional.empty());
    }
    if (spec.commissionSchema() != null) {
      planSchema(spec.commissionSchema(), actions, warnings);
    }
    return new ProvisioningReview(actions, warnings);
  }

  /**
   * Reads the portal again, creates exactly what {@link #plan()} lists, in that order (groups
   * before their properties), and reports each action. A failed action does not stop the others, so
   * one run reports every problem.
   */
  public List<ProvisioningResult> apply() {
    List<ProvisioningResult> results = new ArrayList<>();
    for (ProvisioningAction action : plan()) {
      try {
        create(action);
        results.add(new ProvisioningResult(action, null));
      } catch (ConnectorApiException e) {
        results.add(new ProvisioningResult(action, e.getMessage()));
      }
    }
    return List.copyOf(results);
  }

  private void create(ProvisioningAction action) {
    // Java 17: no pattern switch; the interface is sealed to exactly these three.
    if (action instanceof CreatePropertyGroup g) {
      client.createPropertyGroup(g.objectType(), g.group());
    } else if (action instanceof CreateProperty p) {
      client.createProperty(p.objectType(), p.property());
    } else if (action instanceof CreateSchema s) {
      client.createSchema(s.schema());
    }
  }

  private void planSchema(
      SchemaRequest wanted, List<ProvisioningAction> actions, List<ProvisioningWarning> warnings) {
    Optional<ObjectSchema> existing =
        client.listSchemas().stream().filter(s -> wanted.name().equals(s.name())).findFirst();
    if (existing.isEmpty()) {
      actions.add(new CreateSchema(wanted));
      return;
    }
    String typeId = existing.get().objectTypeId();
    // A custom object's own properties live in "<name>_information", which HubSpot creates with
    // the schema; Refsync's group is the fallback if a user removed it.
    Set<String> groups = groupNames(typeId);
    String own = wanted.name() + "_information";
    PropertyGroup group =
        groups.contains(own)
            ? new PropertyGroup(own, null, null)
            : groups.stream()
                .findFirst()
                .map(g -> new PropertyGroup(g, null, null))
                .orElse(spec.dealGroup());
    planProperties(typeId, group, wanted.properties(), actions, warnings, Optional.of(groups));
  }

  private void planProperties(
      String objectType,
      PropertyGroup group,
      List<PropertyDefinition> wanted,
      List<ProvisioningAction> actions,
      List<ProvisioningWarning> warnings,
      Optional<Set<String>> knownGroups) {
    Map<String, PropertyDefinition> existing =
        client.listProperties(objectType).stream()
            .collect(Collectors.toMap(PropertyDefinition::name, p -> p, (a, b) -> a));
    List<PropertyDefinition> missing = new ArrayList<>();
    for (PropertyDefinition p : wanted) {
      PropertyDefinition found = existing.get(p.name());
      if (found == null) {
        missing.add(p);
      } else {
        PropertyFit.check(objectType, p, found).forEach(warnings::add);
      }
    }
    if (missing.isEmpty()) {
      // The group only exists to hold Refsync's properties; with none to create it is not needed.
      return;
    }
    Set<String> groups = knownGroups.orElseGet(() -> groupNames(objectType));
    if (!groups.contains(group.name())) {
      actions.add(new CreatePropertyGroup(objectType, group));
    }
    for (PropertyDefinition p : missing) {
      actions.add(new CreateProperty(objectType, inGroup(p, group.name())));
    }
  }

  private Set<String> groupNames(String objectType) {
    return client.listPropertyGroups(objectType).stream()
        .map(PropertyGroup::name)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static PropertyDefinition inGroup(PropertyDefinition p, String groupName) {
    return new PropertyDefinition(
        p.name(),
        p.label(),
        p.type(),
        p.fieldType(),
        groupName,
        p.description(),
        p.hasUniqueValue(),
        p.options());
  }
}

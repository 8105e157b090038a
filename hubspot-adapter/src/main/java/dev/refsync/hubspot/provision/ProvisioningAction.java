package dev.refsync.hubspot.provision;

import dev.refsync.hubspot.client.PropertyDefinition;
import dev.refsync.hubspot.client.PropertyGroup;
import dev.refsync.hubspot.client.SchemaRequest;
import java.util.stream.Collectors;

/**
 * One thing missing from the portal, which {@link HubSpotProvisioner#apply()} creates. There is no
 * update or delete action: provisioning changes nothing that exists (DESIGN 8).
 */
public sealed interface ProvisioningAction {

  /** One line for {@code refsync provision --dry-run}. */
  String description();

  /** {@code POST /crm/v3/properties/{objectType}/groups}. */
  record CreatePropertyGroup(String objectType, PropertyGroup group) implements ProvisioningAction {
    @Override
    public String description() {
      return "create property group '"
          + group.name()
          + "' ("
          + group.label()
          + ") on "
          + objectType;
    }
  }

  /** {@code POST /crm/v3/properties/{objectType}}. */
  record CreateProperty(String objectType, PropertyDefinition property)
      implements ProvisioningAction {
    @Override
    public String description() {
      return "create property "
          + property.name()
          + " ("
          + property.type()
          + "/"
          + property.fieldType()
          + (Boolean.TRUE.equals(property.hasUniqueValue()) ? ", unique" : "")
          + ", label '"
          + property.label()
          + "') on "
          + objectType
          + " in group "
          + property.groupName();
    }
  }

  /** {@code POST /crm/v3/schemas}: the custom object with all its properties at once. */
  record CreateSchema(SchemaRequest schema) implements ProvisioningAction {
    @Override
    public String description() {
      return "create custom object '"
          + schema.name()
          + "' with properties "
          + schema.properties().stream()
              .map(PropertyDefinition::name)
              .collect(Collectors.joining(", "))
          + "; unique and required "
          + schema.requiredProperties()
          + ", associated to "
          + schema.associatedObjects();
    }
  }
}

package dev.refsync.hubspot.provision;

import dev.refsync.hubspot.client.PropertyDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Whether a property that already exists can hold what the write-back sends into it. */
final class PropertyFit {
  private PropertyFit() {}

  static List<ProvisioningWarning> check(
      String objectType, PropertyDefinition wanted, PropertyDefinition found) {
    List<ProvisioningWarning> out = new ArrayList<>();
    if (!wanted.type().equals(found.type())) {
      out.add(
          new ProvisioningWarning(
              objectType,
              wanted.name(),
              "is "
                  + found.type()
                  + " but Refsync writes "
                  + wanted.type()
                  + " values; change its type in HubSpot or point the mapping at another"
                  + " property"));
    } else if ("enumeration".equals(wanted.type())) {
      Set<String> has =
          found.options() == null
              ? Set.of()
              : found.options().stream()
                  .map(PropertyDefinition.Option::value)
                  .collect(Collectors.toSet());
      List<String> lacking =
          wanted.options().stream()
              .map(PropertyDefinition.Option::value)
              .filter(v -> !has.contains(v))
              .toList();
      if (!lacking.isEmpty()) {
        out.add(
            new ProvisioningWarning(
                objectType,
                wanted.name(),
                "lacks the options "
                    + lacking
                    + " that Refsync writes; add them in HubSpot or map them in the mapping's"
                    + " values"));
      }
    }
    if (Boolean.TRUE.equals(wanted.hasUniqueValue())
        && !Boolean.TRUE.equals(found.hasUniqueValue())) {
      out.add(
          new ProvisioningWarning(
              objectType,
              wanted.name(),
              "is not unique, so records cannot be upserted by it; HubSpot cannot make an"
                  + " existing property unique: recreate the custom object or use another"
                  + " unique property as externalId"));
    }
    return out;
  }
}

package dev.refsync.hubspot.client;

import java.util.List;

/**
 * A custom object schema as HubSpot returns it: {@code objectTypeId} (2-NNN) is what object and
 * association calls take; {@code fullyQualifiedName} is p{portalId}_{name}.
 */
public record ObjectSchema(
    String id,
    String name,
    String objectTypeId,
    String fullyQualifiedName,
    String primaryDisplayProperty,
    List<String> requiredProperties,
    List<PropertyDefinition> properties) {}

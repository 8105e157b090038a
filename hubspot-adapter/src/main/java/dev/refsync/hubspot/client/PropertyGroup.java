package dev.refsync.hubspot.client;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A property group ({@code POST /crm/v3/properties/{type}/groups}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PropertyGroup(String name, String label, Integer displayOrder) {}

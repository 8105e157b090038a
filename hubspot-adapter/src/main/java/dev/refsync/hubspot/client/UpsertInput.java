package dev.refsync.hubspot.client;

import java.util.Map;

/** One batch upsert input: {@code id} is the value of the call's unique {@code idProperty}. */
public record UpsertInput(String id, Map<String, String> properties) {}

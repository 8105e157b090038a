package dev.refsync.mappings.spec;

/**
 * One canonical attribute a mapping can fill (or write back).
 *
 * @param name the key used in mapping files, e.g. {@code amount}
 * @param type its Java type
 * @param required true when the canonical record cannot exist without it
 */
public record Attribute(String name, ValueType type, boolean required) {}

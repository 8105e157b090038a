/**
 * Field mappings: the YAML spec, its JSON Schema, the validator and the record mapper (DESIGN 6).
 */
package dev.refsync.mappings;

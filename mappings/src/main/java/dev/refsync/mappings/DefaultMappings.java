package dev.refsync.mappings;

import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.validate.MappingSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The default mapping files shipped in the jar (a standard Salesforce org, a standard HubSpot
 * portal, Stripe), with the write-back names of DESIGN 8. {@code refsync mappings init DIR} copies
 * them, with the schema they reference, for revops to edit.
 */
public final class DefaultMappings {
  private static final String DIR = "/dev/refsync/mappings/";

  private DefaultMappings() {}

  /** The file name of a system's default mapping, e.g. {@code salesforce.yaml}. */
  public static String fileName(SystemName system) {
    return system.yamlName() + ".yaml";
  }

  /** The file name of the JSON Schema the defaults reference. */
  public static String schemaFileName() {
    return MappingSchema.RESOURCE.substring(MappingSchema.RESOURCE.lastIndexOf('/') + 1);
  }

  /** Every file {@code init} copies: the three mappings and the schema. */
  public static List<String> fileNames() {
    return List.of(
        fileName(SystemName.SALESFORCE),
        fileName(SystemName.HUBSPOT),
        fileName(SystemName.STRIPE),
        schemaFileName());
  }

  /** The text of a shipped file. */
  public static String text(String fileName) {
    try (InputStream in = DefaultMappings.class.getResourceAsStream(DIR + fileName)) {
      if (in == null) {
        throw new IllegalArgumentException("no default mapping file " + fileName);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The validated default mapping of a system. */
  public static MappingSpec load(SystemName system) {
    return MappingLoader.parse(fileName(system), text(fileName(system)));
  }
}

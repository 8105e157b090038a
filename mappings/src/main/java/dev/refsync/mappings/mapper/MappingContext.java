package dev.refsync.mappings.mapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an adapter knows about a record besides its JSON: the ids of associated records (HubSpot
 * associations arrive through a separate API, VENDOR-FACTS), read by {@code association:} rules.
 *
 * @param associations association name (e.g. {@code companies}) to associated record ids, primary
 *     first
 */
public record MappingContext(Map<String, List<String>> associations) {
  private static final MappingContext EMPTY = new MappingContext(Map.of());

  public MappingContext {
    associations = associations == null ? Map.of() : Map.copyOf(associations);
  }

  public static MappingContext empty() {
    return EMPTY;
  }

  /** The first (primary) associated id under this name. */
  public Optional<String> firstAssociated(String name) {
    List<String> ids = associations.getOrDefault(name, List.of());
    return ids.isEmpty() ? Optional.empty() : Optional.ofNullable(ids.get(0));
  }
}

package dev.refsync.salesforce.provision;

import com.sforce.soap.metadata.Metadata;
import com.sforce.soap.metadata.SaveResult;
import dev.refsync.mappings.spec.MappingSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code refsync provision} for Salesforce (DESIGN 8): creates the custom objects and fields the
 * mapping writes that the org lacks, and changes nothing that exists — no update, no delete, so an
 * admin's edits to a field (length, help text, picklist) are never overwritten.
 */
public final class SalesforceProvisioner {
  /** Metadata API CRUD calls take at most 10 components (VENDOR-FACTS). */
  static final int CHUNK = 10;

  private final MetadataClient metadata;
  private final List<DesiredComponent> desired;

  public SalesforceProvisioner(MetadataClient metadata, MappingSpec mapping) {
    this.metadata = metadata;
    this.desired = DesiredComponents.of(mapping);
  }

  /** What {@link #apply()} would create now, objects first; what {@code --dry-run} prints. */
  public List<PlannedComponent> plan() {
    return missing().stream().map(DesiredComponent::planned).toList();
  }

  /** Creates every missing component in calls of at most 10, one result per component. */
  public List<ProvisionResult> apply() {
    List<DesiredComponent> missing = missing();
    List<ProvisionResult> results = new ArrayList<>();
    // Objects and fields go in separate calls: a field's object must exist before the field.
    for (ComponentType type : ComponentType.values()) {
      List<DesiredComponent> ofType =
          missing.stream().filter(c -> c.planned().type() == type).toList();
      for (List<DesiredComponent> chunk : chunks(ofType)) {
        List<SaveResult> saved =
            metadata.create(chunk.stream().map(DesiredComponent::metadata).toList());
        for (int i = 0; i < chunk.size(); i++) {
          results.add(result(chunk.get(i).planned(), saved.get(i)));
        }
      }
    }
    return results;
  }

  private List<DesiredComponent> missing() {
    List<DesiredComponent> missing = new ArrayList<>();
    for (ComponentType type : ComponentType.values()) {
      List<DesiredComponent> ofType =
          desired.stream().filter(c -> c.planned().type() == type).toList();
      Set<String> existing = new HashSet<>();
      for (List<DesiredComponent> chunk : chunks(ofType)) {
        List<String> names = chunk.stream().map(c -> c.planned().fullName()).toList();
        for (Metadata m : metadata.read(type, names)) {
          // Salesforce answers a missing name with an empty record whose fullName is null.
          if (m != null && m.getFullName() != null) {
            existing.add(m.getFullName().toLowerCase(Locale.ROOT));
          }
        }
      }
      ofType.stream()
          .filter(c -> !existing.contains(c.planned().fullName().toLowerCase(Locale.ROOT)))
          .forEach(missing::add);
    }
    return missing;
  }

  private static ProvisionResult result(PlannedComponent component, SaveResult saved) {
    List<String> errors =
        saved.getErrors() == null
            ? List.of()
            : java.util.Arrays.stream(saved.getErrors())
                .map(e -> e.getStatusCode() + ": " + e.getMessage())
                .collect(Collectors.toList());
    return new ProvisionResult(component, saved.isSuccess(), errors);
  }

  private static <T> List<List<T>> chunks(List<T> items) {
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < items.size(); i += CHUNK) {
      chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
    }
    return chunks;
  }
}

package dev.refsync.hubspot.sync;

import dev.refsync.core.port.DeadLetter;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.hubspot.client.BatchError;
import dev.refsync.hubspot.client.BatchResult;
import dev.refsync.hubspot.client.HubSpotClient;
import dev.refsync.hubspot.client.HubSpotObject;
import dev.refsync.hubspot.webhook.ChangedObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-reads the records webhook events name (an event only says which record changed, DESIGN 2):
 * batch read by id, 100 per request, plus their associations, mapped like a pull. An id HubSpot no
 * longer finds was archived: it becomes a deleted record. Object types the mapping does not read
 * (say, the commission records Refsync writes) are ignored.
 */
final class ChangedObjectReader {
  private final HubSpotClient client;
  private final Map<String, ObjectReadSpec> specs;
  private final RecordAssembler assembler;
  private final Clock clock;

  ChangedObjectReader(
      HubSpotClient client,
      Map<String, ObjectReadSpec> specs,
      RecordAssembler assembler,
      Clock clock) {
    this.client = client;
    this.specs = specs;
    this.assembler = assembler;
    this.clock = clock;
  }

  RecordAssembler.Assembled read(Collection<ChangedObject> changed) {
    Map<String, Set<String>> byType = new LinkedHashMap<>();
    for (ChangedObject c : changed) {
      if (specs.containsKey(c.objectType())) {
        byType.computeIfAbsent(c.objectType(), t -> new LinkedHashSet<>()).add(c.objectId());
      }
    }
    List<PulledRecord> records = new ArrayList<>();
    List<DeadLetter> rejected = new ArrayList<>();
    byType.forEach(
        (type, idSet) -> {
          ObjectReadSpec spec = specs.get(type);
          List<String> ids = List.copyOf(idSet);
          for (int i = 0; i < ids.size(); i += HubSpotClient.BATCH_MAX) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + HubSpotClient.BATCH_MAX));
            BatchResult<HubSpotObject> found =
                client.batchRead(type, chunk, spec.properties(), null);
            RecordAssembler.Assembled page = assembler.assemble(spec, found.results());
            records.addAll(page.records());
            rejected.addAll(page.rejected());
            Set<String> gone = new LinkedHashSet<>();
            for (BatchError e : found.errors()) {
              // Only "not found" means archived; anything else fails the delivery (503, redone).
              if (!"OBJECT_NOT_FOUND".equals(e.category())) {
                throw BatchErrors.toException(e);
              }
              gone.addAll(e.ids());
            }
            found.results().forEach(o -> gone.remove(o.id()));
            gone.retainAll(chunk);
            gone.forEach(id -> records.add(PulledRecord.deleted(type, id, clock.instant())));
          }
        });
    return new RecordAssembler.Assembled(records, rejected);
  }
}

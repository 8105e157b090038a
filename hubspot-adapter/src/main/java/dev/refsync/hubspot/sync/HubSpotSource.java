package dev.refsync.hubspot.sync;

import dev.refsync.core.port.PullBatch;
import dev.refsync.core.port.SourceConnector;
import dev.refsync.core.store.Cursor;
import dev.refsync.hubspot.client.HubSpotClient;
import dev.refsync.hubspot.client.HubSpotObject;
import dev.refsync.hubspot.client.SearchPage;
import dev.refsync.hubspot.sync.SearchCursor.Advance;
import dev.refsync.hubspot.sync.SearchCursor.Query;
import dev.refsync.hubspot.sync.SearchCursor.Timed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Incremental reader of one HubSpot portal (DESIGN 2 and 9). Object types: every CRM object the
 * mapping reads ({@code companies}, {@code contacts}, {@code deals} for the default mapping), each
 * followed in {@link #objectTypes()} by its {@code <type>.archived} pseudo type, which reports
 * archived records as deleted ({@link ArchivedScan}). Stateless: every call starts from the cursor
 * it is given ({@link SearchCursor}) and issues one search.
 */
public final class HubSpotSource implements SourceConnector {
  private final String connection;
  private final HubSpotClient client;
  private final Map<String, ObjectReadSpec> specs;
  private final RecordAssembler assembler;
  private final ArchivedScan archived;
  private final List<String> objectTypes;
  private final Clock clock;
  private final Duration searchSettle;

  HubSpotSource(
      String connection,
      HubSpotClient client,
      Map<String, ObjectReadSpec> specs,
      RecordAssembler assembler,
      ArchivedScan archived,
      Clock clock,
      Duration searchSettle) {
    this.connection = connection;
    this.clock = clock;
    this.searchSettle = searchSettle;
    this.client = client;
    this.specs = Map.copyOf(specs);
    this.assembler = assembler;
    this.archived = archived;
    List<String> types = new ArrayList<>();
    specs.keySet().forEach(types::add);
    specs.keySet().forEach(t -> types.add(t + ArchivedScan.SUFFIX));
    this.objectTypes = List.copyOf(types);
  }

  @Override
  public String connection() {
    return connection;
  }

  /** The mapped object types in pull order, then their archived scans. */
  @Override
  public List<String> objectTypes() {
    return objectTypes;
  }

  /**
   * A search restarts at the date ({@code (since, "")} is the tie state "nothing read at since
   * yet"); an archived scan has no time filter, so its cursor is dropped and it scans again.
   */
  @Override
  public Optional<Cursor> backfillCursor(String objectType, Instant since) {
    return objectType.endsWith(ArchivedScan.SUFFIX)
        ? Optional.empty()
        : Optional.of(new Cursor(since, ""));
  }

  @Override
  public PullBatch pull(String objectType, Optional<Cursor> cursor) {
    if (objectType.endsWith(ArchivedScan.SUFFIX)) {
      String base = objectType.substring(0, objectType.length() - ArchivedScan.SUFFIX.length());
      return archived.pull(spec(base), cursor);
    }
    ObjectReadSpec spec = spec(objectType);
    Query query = Query.of(cursor);
    // Taken before the search: what the index shows was written before its start.
    // HubSpot times are whole milliseconds, and so are the search's filter values.
    Instant horizon =
        searchSettle.isZero()
            ? null
            : clock.instant().minus(searchSettle).truncatedTo(ChronoUnit.MILLIS);
    SearchPage page =
        client.searchObjects(
            objectType, query.request(spec.lastModifiedProperty(), spec.properties()));
    List<HubSpotObject> results = page.results();
    List<Timed> timed =
        results.stream()
            .map(o -> Timed.of(o, ModifiedTimes.of(o, spec.lastModifiedProperty())))
            .toList();
    boolean full = page.nextAfter() != null;
    Advance advance =
        SearchCursor.settled(SearchCursor.advance(query, timed, full), query, horizon);
    RecordAssembler.Assembled assembled = assembler.assemble(spec, results);
    return new PullBatch(assembled.records(), assembled.rejected(), advance.next(), advance.more());
  }

  private ObjectReadSpec spec(String objectType) {
    ObjectReadSpec spec = specs.get(objectType);
    if (spec == null) {
      throw new IllegalArgumentException(
          connection
              + " reads no HubSpot object '"
              + objectType
              + "'; the mapping reads "
              + specs.keySet());
    }
    return spec;
  }
}

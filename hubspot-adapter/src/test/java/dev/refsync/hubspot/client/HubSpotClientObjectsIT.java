package dev.refsync.hubspot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.error.InvalidRequestException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Object operations round-trip through the emulator over real HTTP. */
class HubSpotClientObjectsIT {
  private EmulatorHarness harness;
  private HubSpotClient client;

  @BeforeEach
  void start() {
    harness = EmulatorHarness.start();
    client = harness.client();
    client.createProperty(
        "deals",
        new PropertyDefinition(
            "refsync_id",
            "Refsync id",
            "string",
            "text",
            "dealinformation",
            "Ledger entry id",
            true,
            null));
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private BatchResult<UpsertResult> upsertTwo() {
    return client.batchUpsert(
        "deals",
        "refsync_id",
        List.of(
            new UpsertInput("r-1", Map.of("dealname", "One", "amount", "100.50")),
            new UpsertInput("r-2", Map.of("dealname", "Two"))));
  }

  @Test
  void batchUpsertCreatesThenUpdatesByTheUniqueProperty() {
    BatchResult<UpsertResult> first = upsertTwo();
    BatchResult<UpsertResult> second = upsertTwo();

    assertThat(first.errors()).isEmpty();
    assertThat(first.results()).extracting(UpsertResult::created).containsExactly(true, true);
    assertThat(second.results()).extracting(UpsertResult::created).containsExactly(false, false);
    assertThat(second.results().get(0).object().id())
        .isEqualTo(first.results().get(0).object().id());
    assertThat(first.results().get(0).object().properties())
        .containsEntry("dealname", "One")
        .containsEntry("hs_object_id", first.results().get(0).object().id());
    assertThat(first.results().get(0).object().createdAt()).isEqualTo(harness.clock.instant());
  }

  @Test
  void getObjectReadsByIdAndByIdProperty() {
    String id = upsertTwo().results().get(0).object().id();

    HubSpotObject byId = client.getObject("deals", id, List.of("dealname", "amount"), null);
    HubSpotObject byKey = client.getObject("deals", "r-1", List.of("dealname"), "refsync_id");

    assertThat(byId.id()).isEqualTo(id);
    assertThat(byId.properties())
        .containsEntry("dealname", "One")
        .containsEntry("amount", "100.50");
    assertThat(byId.archived()).isFalse();
    assertThat(byKey.id()).isEqualTo(id);
  }

  @Test
  void listObjectsPagesWithAfter() {
    upsertTwo();

    ObjectPage first = client.listObjects("deals", null, 1, List.of("dealname"), false);
    ObjectPage second =
        client.listObjects("deals", first.nextAfter(), 1, List.of("dealname"), false);

    assertThat(first.results()).hasSize(1);
    assertThat(first.nextAfter()).isNotNull();
    assertThat(second.results()).hasSize(1);
    assertThat(second.results().get(0).id()).isNotEqualTo(first.results().get(0).id());
    assertThat(second.nextAfter()).isNull();
  }

  @Test
  void batchReadReturnsFoundRecordsAndReportsMissingOnes() {
    upsertTwo();

    BatchResult<HubSpotObject> read =
        client.batchRead("deals", List.of("r-1", "r-404"), List.of("dealname"), "refsync_id");

    assertThat(read.results())
        .extracting(o -> o.properties().get("dealname"))
        .containsExactly("One");
    assertThat(read.errors()).hasSize(1);
    assertThat(read.errors().get(0).category()).isEqualTo("OBJECT_NOT_FOUND");
    assertThat(read.errors().get(0).ids()).containsExactly("r-404");
  }

  @Test
  void searchFindsRecordsByFilterAndSort() {
    upsertTwo();

    SearchPage page =
        client.searchObjects(
            "deals",
            new SearchRequest(
                List.of(
                    new SearchRequest.FilterGroup(
                        List.of(SearchRequest.Filter.of("dealname", "EQ", "Two")))),
                List.of(new SearchRequest.Sort("hs_lastmodifieddate", "ASCENDING")),
                null,
                List.of("dealname", "refsync_id"),
                10,
                null));

    assertThat(page.total()).isEqualTo(1);
    assertThat(page.results().get(0).properties()).containsEntry("refsync_id", "r-2");
    assertThat(page.nextAfter()).isNull();
  }

  @Test
  void batchArchiveArchivesSoTheRecordIsGone() {
    String id = upsertTwo().results().get(0).object().id();

    client.batchArchive("deals", List.of(id));

    assertThatThrownBy(() -> client.getObject("deals", id, List.of(), null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("404");
    ObjectPage archived = client.listObjects("deals", null, 10, List.of(), true);
    assertThat(archived.results()).extracting(HubSpotObject::id).containsExactly(id);
    assertThat(archived.results().get(0).archived()).isTrue();
  }
}

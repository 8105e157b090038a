package dev.refsync.core.sync;

import static dev.refsync.core.sync.SyncFixture.account;
import static dev.refsync.core.sync.SyncFixture.day;
import static dev.refsync.core.sync.SyncFixture.partner;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.AccountLink;
import dev.refsync.core.model.Deal;
import dev.refsync.core.store.SnapshotLocation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One source record read as several kinds keeps each; a kind it is no longer read as leaves the
 * dataset; links and locations are readable for the write-back.
 */
class SnapshotKindsTest {
  private final SyncFixture fixture = new SyncFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void aPartnerAccountIsBothAnAccountAndAReferrerUntilItsReferrerTypeIsCleared() {
    replace(List.of(account("001A", "agency.example"), partner("001A")), day(1));
    assertThat(dataset().accounts()).hasSize(1);
    assertThat(dataset().referrers()).hasSize(1);

    replace(List.of(account("001A", "agency.example")), day(2));

    assertThat(dataset().accounts()).hasSize(1);
    assertThat(dataset().referrers()).isEmpty();
  }

  @Test
  void anOlderVersionIsIgnoredAndTheSameVersionIsRewritten() {
    replace(List.of(account("001A", "new.example")), day(2));

    boolean older = replace(List.of(account("001A", "old.example")), day(1));
    boolean same = replace(List.of(account("001A", "same.example")), day(2));

    assertThat(older).isFalse();
    assertThat(same).isTrue();
    assertThat(dataset().accounts().get(0).domains()).containsExactly("same.example");
  }

  @Test
  void accountLinksStayOutOfTheDatasetAndLocationsNameTheConnection() {
    fixture.store.inTransaction(
        tx -> {
          tx.snapshots()
              .replace(
                  "stripe",
                  "customer",
                  "cus_1",
                  List.of(new AccountLink("cus_1", "001A", null, "a@agency.example")),
                  day(1));
          tx.snapshots()
              .replace(
                  "sf-main",
                  "Opportunity",
                  "006A",
                  List.of(SyncFixture.wonDeal("006A", "001A", "1000", day(1))),
                  day(1));
          return null;
        });

    assertThat(dataset().accounts()).isEmpty();
    List<AccountLink> links = fixture.store.inTransaction(tx -> tx.snapshots().accountLinks());
    List<SnapshotLocation> dealAt =
        fixture.store.inTransaction(tx -> tx.snapshots().locations().of(Deal.class, "006A"));
    assertThat(links).extracting(AccountLink::accountId).containsExactly("001A");
    assertThat(dealAt).containsExactly(new SnapshotLocation("sf-main", "Opportunity", "006A"));
  }

  private boolean replace(List<Object> canonicals, Instant at) {
    return fixture.store.inTransaction(
        tx -> tx.snapshots().replace("sf-main", "Account", "001A", canonicals, at));
  }

  private CanonicalDataset dataset() {
    return fixture.dataset();
  }
}

package dev.refsync.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.core.port.DeadLetter;
import dev.refsync.core.store.OutboxItem;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.core.store.OutboxStatus;
import dev.refsync.core.store.StoredDeadLetter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code refsync dead-letters list|retry} on an H2 file store holding a failed push (its outbox row
 * DEAD), a record that failed to map on the way in, and a dead letter retried before.
 */
class DeadLettersCommandTest {
  private static final Instant NOW = OperatorStore.AS_OF;

  @TempDir Path dir;

  private OperatorStore store;
  private long push;
  private long pull;
  private long retriedBefore;

  @BeforeEach
  void seed() {
    store = new OperatorStore(dir);
    store.inTransaction(
        tx -> {
          tx.outbox()
              .enqueue(new OutboxItem("salesforce-main", "Referral_Commission__c", "rc_1", "{}"));
          OutboxRow row =
              tx.outbox().claimBatch("salesforce-main", "Referral_Commission__c", 1, NOW).get(0);
          tx.outbox().deadLetter(row, "INVALID_FIELD: Amount__c: value out of range");
          tx.deadLetters()
              .add(
                  new DeadLetter(
                      "hubspot-main",
                      "deals",
                      "900",
                      "{\"amount\":\"abc\"}",
                      "amount 'abc' is not a decimal",
                      NOW.plusSeconds(60)));
          tx.deadLetters()
              .add(
                  new DeadLetter(
                      "hubspot-main", "deals", "901", "{}", "old", NOW.minusSeconds(60)));
          return null;
        });
    List<StoredDeadLetter> all = store.inTransaction(tx -> tx.deadLetters().list());
    retriedBefore = all.get(0).id();
    push = all.get(1).id();
    pull = all.get(2).id();
    store.inTransaction(tx -> tx.deadLetters().markRetried(retriedBefore));
  }

  @Test
  void listShowsThePendingOnesOldestFirst() {
    Cli result = Cli.run(store.args("dead-letters", "list"));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .containsPattern("ID\\s+WHEN\\s+CONNECTION\\s+OBJECT\\s+RECORD\\s+ERROR")
        .containsPattern(
            push
                + "\\s+2026-06-30T00:00:00Z\\s+salesforce-main\\s+Referral_Commission__c\\s+rc_1"
                + "\\s+INVALID_FIELD: Amount__c: value out of range")
        .containsPattern(
            pull
                + "\\s+2026-06-30T00:01:00Z\\s+hubspot-main\\s+deals\\s+900\\s+amount 'abc' is"
                + " not a decimal")
        .contains("2 dead letter(s). Retry: refsync dead-letters retry --id ID... (or --all)")
        .doesNotContain(" 901 ");
    assertThat(result.out().indexOf("rc_1")).isLessThan(result.out().indexOf(" 900 "));
  }

  @Test
  void listAllShowsTheRetriedOnesToo() throws Exception {
    Cli text = Cli.run(store.args("dead-letters", "list", "--all"));
    Cli json = Cli.run(store.args("dead-letters", "list", "--all", "--json"));

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .containsPattern(
            retriedBefore
                + "\\s+2026-06-29T23:59:00Z\\s+hubspot-main\\s+deals\\s+901\\s+retried\\s+old")
        .containsPattern(pull + "\\s+\\S+\\s+hubspot-main\\s+deals\\s+900\\s+pending");
    JsonNode letters = new ObjectMapper().readTree(json.out());
    assertThat(letters)
        .extracting(l -> l.get("recordId").asText() + "/" + l.get("retried").asBoolean())
        .containsExactly("901/true", "rc_1/false", "900/false");
  }

  @Test
  void retryingAPushQueuesItsOutboxRowAgain() {
    Cli result = Cli.run(store.args("dead-letters", "retry", "--id", String.valueOf(push)));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "dead letter "
                + push
                + ": re-queued the push of salesforce-main Referral_Commission__c rc_1; the next"
                + " push run sends it; marked retried\n");
    OutboxRow row = store.inTransaction(tx -> tx.outbox().all().get(0));
    assertThat(row.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(row.attempts()).isZero();
    assertThat(row.nextAttemptAt()).isAfter(NOW.minus(Duration.ofDays(1)));
    assertThat(retried()).containsExactly(retriedBefore, push);
  }

  @Test
  void retryingARecordThatFailedOnTheWayInMarksItAndSaysHowItComesBack() {
    Cli result = Cli.run(store.args("dead-letters", "retry", "--id", String.valueOf(pull)));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "dead letter "
                + pull
                + ": hubspot-main deals 900 failed on the way in: it is read again on its next"
                + " change at the source, or now with refsync backfill; marked retried\n");
    assertThat(retried()).containsExactly(retriedBefore, pull);
    List<OutboxRow> outbox = store.inTransaction(tx -> tx.outbox().all());
    assertThat(outbox).singleElement().extracting(OutboxRow::status).isEqualTo(OutboxStatus.DEAD);
  }

  @Test
  void anUnknownIdExitsOneAndTheOthersAreStillRetried() {
    Cli result = Cli.run(store.args("dead-letters", "retry", "--id", "4242", String.valueOf(pull)));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo("dead letter 4242: no such dead letter (see refsync dead-letters list --all)\n");
    assertThat(result.out()).startsWith("dead letter " + pull + ": hubspot-main deals 900");
    assertThat(retried()).containsExactly(retriedBefore, pull);
  }

  @Test
  void retryAllRetriesEveryPendingOneAndThenFindsNone() {
    Cli first = Cli.run(store.args("dead-letters", "retry", "--all"));
    Cli second = Cli.run(store.args("dead-letters", "retry", "--all"));

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out().lines())
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).startsWith("dead letter " + push + ": re-queued"))
        .anySatisfy(l -> assertThat(l).startsWith("dead letter " + pull + ": hubspot-main"));
    assertThat(retried()).containsExactly(retriedBefore, push, pull);
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).isEqualTo("No pending dead letters.\n");
  }

  @Test
  void retryingAgainFindsThePushAlreadyQueued() {
    Cli.run(store.args("dead-letters", "retry", "--id", String.valueOf(push)));

    Cli again = Cli.run(store.args("dead-letters", "retry", "--id", String.valueOf(push)));

    assertThat(again.exitCode()).isZero();
    assertThat(again.out())
        .contains("the push of salesforce-main Referral_Commission__c rc_1 is already queued")
        .contains("(it had been retried before)");
  }

  @Test
  void retryNeedsIdsOrAll() {
    assertThat(Cli.run(store.args("dead-letters", "retry")).exitCode()).isEqualTo(2);
    assertThat(Cli.run(store.args("dead-letters", "retry", "--all", "--id", "1")).exitCode())
        .isEqualTo(2);
    assertThat(Cli.run(store.args("dead-letters")).exitCode()).isEqualTo(2);
  }

  private List<Long> retried() {
    return store.inTransaction(
        tx ->
            tx.deadLetters().list().stream()
                .filter(StoredDeadLetter::retried)
                .map(StoredDeadLetter::id)
                .toList());
  }
}

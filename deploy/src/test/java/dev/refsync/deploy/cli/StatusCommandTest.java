package dev.refsync.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.core.engine.EngineResult;
import dev.refsync.core.model.Account;
import dev.refsync.core.model.AccountLink;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.port.DeadLetter;
import dev.refsync.core.store.Cursor;
import dev.refsync.core.store.OutboxItem;
import dev.refsync.core.store.OutboxRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code refsync status} on a seeded H2 file store. */
class StatusCommandTest {
  /** Ninety minutes after the store's clock: every age below is measured from here. */
  private static final String AS_OF = "2026-06-30T01:30:00Z";

  @TempDir Path dir;

  @Test
  void anEmptyStoreSaysThereIsNothingYet() {
    OperatorStore store = new OperatorStore(dir);

    Cli result = Cli.run(store.args("status", "--as-of", AS_OF));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains(
            "Refsync status as of 2026-06-30T01:30:00Z",
            "none yet: no pull has committed",
            "empty: nothing was queued for the CRMs yet",
            "Dead letters: 0 pending",
            "Unmatched Stripe customers: 0",
            "no entries yet");
  }

  @Test
  void reportsCursorsOutboxDeadLettersUnmatchedCustomersAndLedger() {
    OperatorStore store = seeded();

    Cli result = Cli.run(store.args("status", "--as-of", AS_OF));

    assertThat(result.exitCode()).as(result.err()).isZero();
    String out = result.out();
    assertThat(out)
        .containsPattern("salesforce-main\\s+Opportunity\\s+2026-06-29T22:30:00Z\\s+006B\\s+3h 0m")
        .containsPattern("stripe-main\\s+invoice\\s+2026-06-27T20:30:00Z\\s+in_9\\s+2d 5h");
    assertThat(out)
        .containsPattern("CONNECTION\\s+TARGET\\s+PENDING\\s+DONE\\s+DEAD\\s+OLDEST PENDING")
        .containsPattern("hubspot-main\\s+deals\\s+1\\s+0\\s+0\\s+1h 30m")
        .containsPattern("salesforce-main\\s+Referral_Commission__c\\s+1\\s+1\\s+1\\s+1h 30m");

    String deadLetters = section(out, "Dead letters:", "Unmatched Stripe customers");
    assertThat(deadLetters)
        .startsWith("Dead letters: 12 pending")
        .contains("the 10 most recent (all: refsync dead-letters list)")
        .containsPattern(
            "2026-06-30T00:11:00Z\\s+hubspot-main\\s+deals\\s+hs-11\\s+amount 'x11' is not a"
                + " decimal")
        .contains("hs-02")
        .doesNotContain("hs-01", "Referral_Commission__c");
    assertThat(deadLetters.indexOf("hs-11")).isLessThan(deadLetters.indexOf("hs-02"));

    String unmatched = section(out, "Unmatched Stripe customers:", "Ledger");
    assertThat(unmatched)
        .startsWith("Unmatched Stripe customers: 4")
        .containsPattern(
            "cus_free\\s+jo@gmail.com\\s+-\\s+no account id in the customer's metadata; the"
                + " e-mail is at a free-mail provider, which names no company")
        .containsPattern(
            "cus_ghost\\s+-\\s+-\\s+metadata names account a-ghost, which no CRM has; no e-mail"
                + " domain")
        .containsPattern(
            "cus_shared\\s+ap@shared.com\\s+shared.com\\s+no account id in the customer's"
                + " metadata; the domain shared.com is shared by 2 accounts")
        .containsPattern(
            "cus_new\\s+x@newco.com\\s+newco.com\\s+no account id in the customer's metadata; no"
                + " account has the domain newco.com")
        .doesNotContain("cus_ok", "cus_domain");

    assertThat(section(out, "Ledger", null))
        .contains("Ledger (net amounts by status as of 2026-06-30T01:30:00Z)")
        .containsPattern("USD\\s+500.00\\s+7750.00\\s+1200.00\\s+9450.00");
  }

  @Test
  void jsonCarriesTheSameFigures() throws Exception {
    OperatorStore store = seeded();

    Cli result = Cli.run(store.args("status", "--as-of", AS_OF, "--json"));

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("asOf").asText()).isEqualTo(AS_OF);
    JsonNode opportunity = json.get("cursors").get(0);
    assertThat(opportunity.get("connection").asText()).isEqualTo("salesforce-main");
    assertThat(opportunity.get("cursorId").asText()).isEqualTo("006B");
    assertThat(opportunity.get("lagSeconds").asLong()).isEqualTo(3 * 3600);
    JsonNode commissions = json.get("outbox").get(1);
    assertThat(commissions.get("targetType").asText()).isEqualTo("Referral_Commission__c");
    assertThat(commissions.get("pending").asLong()).isEqualTo(1);
    assertThat(commissions.get("done").asLong()).isEqualTo(1);
    assertThat(commissions.get("dead").asLong()).isEqualTo(1);
    assertThat(commissions.get("oldestPendingAgeSeconds").asLong()).isEqualTo(5400);
    assertThat(json.get("deadLetters").get("pending").asInt()).isEqualTo(12);
    assertThat(json.get("deadLetters").get("recent")).hasSize(10);
    assertThat(json.get("deadLetters").get("recent").get(0).get("recordId").asText())
        .isEqualTo("hs-11");
    assertThat(json.get("unmatchedStripeCustomers"))
        .extracting(n -> n.get("id").asText())
        .containsExactly("cus_free", "cus_ghost", "cus_new", "cus_shared");
    JsonNode usd = json.get("ledger").get("USD");
    assertThat(usd.get("HELD").asText()).isEqualTo("500.00");
    assertThat(usd.get("PAYABLE").asText()).isEqualTo("7750.00");
    assertThat(usd.get("PAID").asText()).isEqualTo("1200.00");
    assertThat(usd.get("total").asText()).isEqualTo("9450.00");
  }

  @Test
  void helpNamesTheConfigOptionAndItsDefault() {
    Cli result = Cli.run("status", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("--config=FILE", "$REFSYNC_CONFIG, else refsync.yaml", "--json");
  }

  @Test
  void aMissingConfigFileIsAUsageError() {
    Cli result = Cli.run("status", "--config", dir.resolve("nope.yaml").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("nope.yaml: no such config file; give --config FILE or set REFSYNC_CONFIG");
  }

  @Test
  void anInvalidStoreSectionIsAUsageErrorNamingTheKey() {
    Path config = dir.resolve("refsync.yaml");
    OperatorStore.write(config, "refsync:\n  store:\n    jdbc-urll: jdbc:h2:mem:x\n");

    Cli result = Cli.run("status", "--config", config.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("refsync.yaml: Invalid configuration")
        .contains("refsync.store.jdbc-urll: is not a setting of this section")
        .contains("jdbc-url");
  }

  @Test
  void anUnreachableStoreExitsOne() {
    Path config = dir.resolve("refsync.yaml");
    OperatorStore.write(
        config,
        "refsync:\n  store:\n    jdbc-url: jdbc:postgresql://127.0.0.1:1/refsync\n"
            + "    username: refsync\n");

    Cli result = Cli.run("status", "--config", config.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("Cannot open the state store: ");
  }

  /**
   * The worked example's engine run plus: two cursors, an outbox with a done, a dead and two
   * pending rows, twelve pending dead letters and one retried, customer links of every kind, and
   * one payout.
   */
  private OperatorStore seeded() {
    OperatorStore store = new OperatorStore(dir);
    EngineResult result = store.seedWorkedExample();
    Instant now = OperatorStore.AS_OF;
    String acmeEntry =
        result.commissions().stream()
            .filter(e -> e.dealId().equals("d1-acme"))
            .map(CommissionEntry::id)
            .findFirst()
            .orElseThrow();
    store.inTransaction(
        tx -> {
          tx.cursors()
              .advance(
                  "salesforce-main",
                  "Opportunity",
                  new Cursor(now.minus(Duration.ofMinutes(90)), "006B"));
          tx.cursors()
              .advance(
                  "stripe-main",
                  "invoice",
                  new Cursor(now.minus(Duration.ofDays(2)).minus(Duration.ofMinutes(210)), "in_9"));

          tx.outbox()
              .enqueue(new OutboxItem("salesforce-main", "Referral_Commission__c", "e1", "{}"));
          tx.outbox()
              .enqueue(new OutboxItem("salesforce-main", "Referral_Commission__c", "e2", "{}"));
          tx.outbox()
              .enqueue(new OutboxItem("salesforce-main", "Referral_Commission__c", "e3", "{}"));
          tx.outbox().enqueue(new OutboxItem("hubspot-main", "deals", "900", "{}"));
          List<OutboxRow> claimed =
              tx.outbox().claimBatch("salesforce-main", "Referral_Commission__c", 2, now);
          tx.outbox().markDone(List.of(claimed.get(0)));
          tx.outbox().deadLetter(claimed.get(1), "INVALID_FIELD: Amount__c");
          for (int i = 1; i <= 11; i++) {
            tx.deadLetters()
                .add(
                    new DeadLetter(
                        "hubspot-main",
                        "deals",
                        "hs-%02d".formatted(i),
                        "{}",
                        "amount 'x" + i + "' is not a decimal",
                        now.plus(Duration.ofMinutes(i))));
          }
          tx.deadLetters()
              .add(new DeadLetter("hubspot-main", "deals", "hs-old", "{}", "gone", now));
          tx.deadLetters().list().stream()
              .filter(d -> d.letter().recordId().equals("hs-old"))
              .forEach(d -> tx.deadLetters().markRetried(d.id()));

          tx.snapshots()
              .upsert(
                  "events",
                  "Account",
                  "s1",
                  new Account("a-s1", "S1", Set.of("shared.com"), null),
                  null);
          tx.snapshots()
              .upsert(
                  "events",
                  "Account",
                  "s2",
                  new Account("a-s2", "S2", Set.of("shared.com"), null),
                  null);
          for (AccountLink link :
              List.of(
                  new AccountLink("cus_free", null, null, "jo@gmail.com"),
                  new AccountLink("cus_ghost", "a-ghost", null, null),
                  new AccountLink("cus_shared", null, "shared.com", "ap@shared.com"),
                  new AccountLink("cus_new", null, "newco.com", "x@newco.com"),
                  new AccountLink("cus_ok", "a-acme", null, null),
                  new AccountLink("cus_domain", null, "globex.co.uk", "ap@globex.co.uk"))) {
            tx.snapshots().upsert("stripe-main", "customer", link.id(), link, null);
          }
          tx.ledger().recordPayout(acmeEntry, now, "payout-1");
          return null;
        });
    return store;
  }

  /** The text from the line starting with {@code from} up to the one starting with {@code to}. */
  private static String section(String out, String from, String to) {
    int start = out.indexOf("\n" + from) + 1;
    int end = to == null ? out.length() : out.indexOf("\n" + to, start);
    return out.substring(start, end);
  }
}

package dev.refsync.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.core.engine.EngineResult;
import dev.refsync.core.model.Attribution;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code refsync explain} on the worked example (examples/worked) as the engine computed it and the
 * daemon would have stored it. The amounts are the hand-computed ones of {@code expected.json}.
 */
class ExplainCommandTest {
  private static final String AS_OF = "2026-06-30T00:00:00Z";

  @TempDir Path dir;

  private OperatorStore store;
  private EngineResult engineRun;

  @BeforeEach
  void seed() {
    store = new OperatorStore(dir);
    engineRun = store.seedWorkedExample();
  }

  @Test
  void creditsTrailEntriesAndTotalsOfADeal() {
    Cli result = Cli.run(store.args("explain", "--deal", "d3-initech", "--as-of", AS_OF));

    assertThat(result.exitCode()).as(result.err()).isZero();
    String out = result.out();
    assertThat(out)
        .startsWith(
            "Deal d3-initech (account a-initech, 24000 USD, CLOSED_WON, closed"
                + " 2026-01-20T00:00:00Z)")
        .contains("Attribution: LAST_REFERRAL")
        .containsPattern("r3-initech\\s+partner-1 \\(Agency Partner Co\\)\\s+100.00%");
    for (String line : attribution("d3-initech").trail()) {
      assertThat(out).contains("  - " + line);
    }
    assertThat(out)
        .contains("Commission entries (status as of 2026-06-30T00:00:00Z)")
        .contains(
            "ACCRUAL 500.00 USD to partner-1 (Agency Partner Co), plan partner-recurring:"
                + " PAYABLE")
        .contains(
            "CLAWBACK -250.00 USD to partner-1 (Agency Partner Co), plan partner-recurring:"
                + " PAYABLE")
        .contains("earned 2026-03-10T00:00:00Z, payable 2026-03-10T00:00:00Z, on payment inv-i2")
        .contains("reverses 250.00 USD of 500.00 USD: refund re-i2")
        .contains(
            "ACCRUAL 500.00 USD to partner-1 (Agency Partner Co), plan partner-recurring: HELD")
        .contains("earned 2026-06-01T00:00:00Z, payable 2026-07-01T00:00:00Z, on payment inv-i5");
    // Six entries, in the order they were earned.
    assertThat(out.split("\n  (ACCRUAL|CLAWBACK) ", -1)).hasSize(7);
    assertThat(out.indexOf("on payment inv-i1")).isLessThan(out.indexOf("on payment inv-i5"));
    assertThat(out)
        .containsPattern(
            "REFERRER\\s+CURRENCY\\s+HELD\\s+PAYABLE\\s+PAID\\s+TOTAL\\n"
                + "\\s+partner-1 \\(Agency Partner Co\\)\\s+USD\\s+500.00\\s+1750.00\\s+0.00"
                + "\\s+2250.00");
  }

  @Test
  void rejectedCandidatesWithReasonAndDetail() {
    Cli result = Cli.run(store.args("explain", "--deal", "d1-acme", "--as-of", AS_OF));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .containsPattern("r1-acme\\s+cust-1 \\(Dana Wayne\\)\\s+100.00%")
        .contains("Rejected candidates")
        .containsPattern(
            "r6-acme-old\\s+OUTSIDE_WINDOW\\s+closed 167 days after the referral; window is 90"
                + " days")
        .containsPattern("r7-acme-again\\s+OUTSIDE_WINDOW\\s+closed at 2026-02-15T00:00:00Z")
        .contains("ACCRUAL 1200.00 USD to cust-1 (Dana Wayne), plan customer-acv: PAYABLE")
        .containsPattern("cust-1 \\(Dana Wayne\\)\\s+USD\\s+0.00\\s+1200.00\\s+0.00\\s+1200.00");
  }

  @Test
  void aDealWithoutAttributionSaysSoAndListsItsRejections() {
    Cli result = Cli.run(store.args("explain", "--deal", "d5-hooli", "--as-of", AS_OF));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("No attribution: no referral is credited on this deal.")
        .containsPattern(
            "r5-hooli\\s+SELF_REFERRAL\\s+referrer cust-2 \\(Hank Hooli\\) belongs to account"
                + " a-hooli")
        .contains("No commission entries on this deal.")
        .doesNotContain("Attribution:", "Totals per referrer");
  }

  @Test
  void anUnknownDealExitsOne() {
    Cli result = Cli.run(store.args("explain", "--deal", "006-nope"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("No deal 006-nope in the store");
  }

  @Test
  void jsonHasTheAttributionEntriesAndTotals() throws Exception {
    Cli result = Cli.run(store.args("explain", "--deal", "d3-initech", "--as-of", AS_OF, "--json"));

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("dealId").asText()).isEqualTo("d3-initech");
    assertThat(json.get("attribution").get("model").asText()).isEqualTo("LAST_REFERRAL");
    assertThat(json.get("attribution").get("credits").get(0).get("share").asText())
        .isEqualTo("1.000000");
    assertThat(json.get("attribution").get("trail"))
        .hasSize(attribution("d3-initech").trail().size());
    assertThat(json.get("rejections")).isEmpty();
    assertThat(json.get("entries"))
        .extracting(e -> e.get("kind").asText() + " " + e.get("amount").asText())
        .containsExactly(
            "ACCRUAL 500.00",
            "ACCRUAL 500.00",
            "CLAWBACK -250.00",
            "ACCRUAL 500.00",
            "ACCRUAL 500.00",
            "ACCRUAL 500.00");
    assertThat(json.get("entries").get(5).get("status").asText()).isEqualTo("HELD");
    JsonNode usd = json.get("totalsByReferrer").get("partner-1").get("USD");
    assertThat(usd.get("HELD").asText()).isEqualTo("500.00");
    assertThat(usd.get("PAYABLE").asText()).isEqualTo("1750.00");
    assertThat(usd.get("total").asText()).isEqualTo("2250.00");
  }

  @Test
  void theDealIsRequired() {
    Cli result = Cli.run(store.args("explain"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Missing required option: '--deal=ID'");
  }

  private Attribution attribution(String dealId) {
    return engineRun.attributions().stream()
        .filter(a -> a.dealId().equals(dealId))
        .findFirst()
        .orElseThrow();
  }
}

package dev.refsync.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.engine.EngineResult;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Credit;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.Rejection;
import dev.refsync.core.model.RejectionReason;
import dev.refsync.core.plans.AttributionModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineOutputWriterTest {

  private static String write(EngineResult result) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new EngineOutputWriter().write(result, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesTheDesign7ShapeWithExtensionsAfterTheContractFields() throws IOException {
    EngineResult result =
        new EngineResult(
            List.of(
                new Attribution(
                    "d1",
                    "a1",
                    AttributionModel.SPLIT_EVEN,
                    List.of(
                        new Credit("r1", "p1", new BigDecimal("0.500000")),
                        new Credit("r2", "p2", new BigDecimal("0.500000"))),
                    List.of("2 candidates", "split \"evenly\""))),
            List.of(
                new Rejection(
                    "d1", "r3", RejectionReason.SELF_REFERRAL, "referrer works at the account")),
            List.of(
                new CommissionEntry(
                    "e1",
                    "p1",
                    "r1",
                    "customer-acv",
                    "d1",
                    null,
                    EntryKind.ACCRUAL,
                    new BigDecimal("1200.00"),
                    "USD",
                    Instant.parse("2026-02-01T00:00:00Z"),
                    Instant.parse("2026-03-03T00:00:00.500Z"),
                    EntryStatus.PAYABLE,
                    "10% of 12000.00"),
                new CommissionEntry(
                    "e2",
                    "p1",
                    "r1",
                    "recurring",
                    null,
                    "pay1",
                    EntryKind.CLAWBACK,
                    new BigDecimal("-150"),
                    "JPY",
                    Instant.parse("2026-04-01T00:00:00Z"),
                    Instant.parse("2026-04-01T00:00:00Z"),
                    EntryStatus.HELD,
                    null)));

    assertThat(write(result))
        .isEqualTo(
            """
            {
              "attributions": [
                {
                  "dealId": "d1",
                  "model": "SPLIT_EVEN",
                  "credits": [
                    {
                      "referralId": "r1",
                      "referrerId": "p1",
                      "share": "0.500000"
                    },
                    {
                      "referralId": "r2",
                      "referrerId": "p2",
                      "share": "0.500000"
                    }
                  ],
                  "trail": [
                    "2 candidates",
                    "split \\"evenly\\""
                  ]
                }
              ],
              "rejections": [
                {
                  "dealId": "d1",
                  "referralId": "r3",
                  "reason": "SELF_REFERRAL",
                  "detail": "referrer works at the account"
                }
              ],
              "commissions": [
                {
                  "id": "e1",
                  "referrerId": "p1",
                  "referralId": "r1",
                  "planId": "customer-acv",
                  "dealId": "d1",
                  "paymentId": null,
                  "kind": "ACCRUAL",
                  "amount": "1200.00",
                  "currency": "USD",
                  "earnedAt": "2026-02-01T00:00:00Z",
                  "payableAt": "2026-03-03T00:00:00.500Z",
                  "status": "PAYABLE",
                  "explanation": "10% of 12000.00"
                },
                {
                  "id": "e2",
                  "referrerId": "p1",
                  "referralId": "r1",
                  "planId": "recurring",
                  "dealId": null,
                  "paymentId": "pay1",
                  "kind": "CLAWBACK",
                  "amount": "-150",
                  "currency": "JPY",
                  "earnedAt": "2026-04-01T00:00:00Z",
                  "payableAt": "2026-04-01T00:00:00Z",
                  "status": "HELD",
                  "explanation": null
                }
              ]
            }
            """);
  }

  @Test
  void emptyResultHasAllThreeArrays() throws IOException {
    assertThat(write(new EngineResult(List.of(), List.of(), List.of())))
        .isEqualTo(
            """
            {
              "attributions": [ ],
              "rejections": [ ],
              "commissions": [ ]
            }
            """);
  }

  @Test
  void amountsKeepTheirScaleAndNeverUseExponents() throws IOException {
    CommissionEntry entry =
        new CommissionEntry(
            "e",
            "p",
            "r",
            "plan",
            "d",
            null,
            EntryKind.ACCRUAL,
            new BigDecimal("1E+3").setScale(2),
            "EUR",
            Instant.EPOCH,
            Instant.EPOCH,
            EntryStatus.PAYABLE,
            "x");

    assertThat(write(new EngineResult(List.of(), List.of(), List.of(entry))))
        .contains("\"amount\": \"1000.00\"");
  }
}

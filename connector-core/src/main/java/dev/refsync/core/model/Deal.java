package dev.refsync.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A Salesforce opportunity or HubSpot deal (DESIGN 3).
 *
 * @param id canonical id
 * @param accountId the company buying
 * @param amount total contract value in {@code currency}
 * @param currency ISO 4217 code
 * @param termMonths contract length; 12 when the source has none
 * @param stage canonical stage
 * @param createdAt when the deal was opened
 * @param closedAt when it was won or lost; null while open
 * @param references the deal's ids in each CRM
 */
public record Deal(
    String id,
    String accountId,
    BigDecimal amount,
    String currency,
    int termMonths,
    DealStage stage,
    Instant createdAt,
    Instant closedAt,
    List<ExternalRef> references) {
  public static final int DEFAULT_TERM_MONTHS = 12;

  public Deal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stage, "stage");
    if (termMonths <= 0) {
      termMonths = DEFAULT_TERM_MONTHS;
    }
    references = references == null ? List.of() : List.copyOf(references);
  }

  public boolean isClosedWon() {
    return stage == DealStage.CLOSED_WON && closedAt != null;
  }
}

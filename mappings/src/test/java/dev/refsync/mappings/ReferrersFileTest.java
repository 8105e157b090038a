package dev.refsync.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.mappings.validate.InvalidMappingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferrersFileTest {

  @Test
  void readsReferrers() {
    List<Referrer> referrers =
        ReferrersFile.parse(
            "referrers.yaml",
            """
            referrers:
              - {id: emp-ann, type: EMPLOYEE, name: Ann Lee, email: ann@example.com}
              - id: p-northwind
                type: partner
                name: Northwind
                tier: GOLD
                accountId: 001Hs00003PartnAAA
            """);
    assertThat(referrers)
        .containsExactly(
            new Referrer(
                "emp-ann", ReferrerType.EMPLOYEE, "Ann Lee", "ann@example.com", null, null),
            new Referrer(
                "p-northwind",
                ReferrerType.PARTNER,
                "Northwind",
                null,
                "GOLD",
                "001Hs00003PartnAAA"));
  }

  @Test
  void reportsEveryProblemWithItsLine() {
    assertThatThrownBy(
            () ->
                ReferrersFile.parse(
                    "referrers.yaml",
                    """
                    referrers:
                      - {id: a, type: PARTNER}
                      - {id: a, type: PARTNER}
                      - {id: b, type: RESELLER}
                      - {id: c, type: CUSTOMER, nmae: X}
                    """))
        .isInstanceOf(InvalidMappingException.class)
        .satisfies(
            e ->
                assertThat(((InvalidMappingException) e).problems())
                    .extracting(Object::toString)
                    .containsExactly(
                        "referrers.yaml:3:10: duplicate referrer id 'a' (first at line 2) (hint: ids"
                            + " must be unique)",
                        "referrers.yaml:4:19: 'RESELLER' is not a referrer type (hint: one of [CUSTOMER,"
                            + " PARTNER, EMPLOYEE])",
                        "referrers.yaml:5:29: unknown key 'nmae' (hint: allowed: id, type, name,"
                            + " email, tier, accountId)"));
  }
}

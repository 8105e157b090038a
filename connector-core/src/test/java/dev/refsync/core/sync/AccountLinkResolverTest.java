package dev.refsync.core.sync;

import static dev.refsync.core.sync.SyncFixture.account;
import static dev.refsync.core.sync.SyncFixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.AccountLink;
import dev.refsync.core.model.Churn;
import dev.refsync.core.model.Payment;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Billing customers resolve to accounts by metadata, then by a domain only one account has. */
class AccountLinkResolverTest {
  private final AccountLinkResolver resolver = new AccountLinkResolver();

  private static CanonicalDataset data(List<Payment> payments, List<Churn> churns) {
    return new CanonicalDataset(
        List.of(),
        List.of(),
        List.of(
            account("001A", "acme.example"),
            account("001B", "shared.example"),
            account("001C", "shared.example")),
        List.of(),
        List.of(),
        payments,
        List.of(),
        churns);
  }

  private static Payment payment(String id, String customer) {
    return new Payment(id, customer, null, new BigDecimal("100.00"), "USD", day(3), "sub_1");
  }

  @Test
  void metadataWinsThenAUniqueDomainAndPaymentsAndChurnsAreRekeyed() {
    CanonicalDataset data =
        data(
            List.of(payment("in_1", "cus_meta"), payment("in_2", "cus_domain")),
            List.of(new Churn("cus_domain", day(9))));
    List<AccountLink> links =
        List.of(
            new AccountLink("cus_meta", "001A", "other.example", null),
            new AccountLink("cus_domain", null, "acme.example", "ap@acme.example"));

    AccountLinkResolver.Resolution resolution = resolver.resolve(data, links);

    assertThat(resolution.resolved())
        .containsEntry("cus_meta", "001A")
        .containsEntry("cus_domain", "001A");
    assertThat(resolution.data().payments()).extracting(Payment::accountId).containsOnly("001A");
    assertThat(resolution.data().churns()).extracting(Churn::accountId).containsExactly("001A");
    assertThat(resolution.unmatched()).isEmpty();
  }

  @Test
  void anUnknownMetadataAccountFallsBackToTheDomain() {
    AccountLinkResolver.Resolution resolution =
        resolver.resolve(
            data(List.of(), List.of()),
            List.of(new AccountLink("cus_1", "001-deleted", "acme.example", null)));

    assertThat(resolution.resolved()).containsEntry("cus_1", "001A");
  }

  @Test
  void aDomainSharedByTwoAccountsOrNoLinkAtAllLeavesTheCustomerUnmatchedAndItsPaymentsAlone() {
    CanonicalDataset data = data(List.of(payment("in_1", "cus_shared")), List.of());
    List<AccountLink> links =
        List.of(
            new AccountLink("cus_shared", null, "shared.example", "x@shared.example"),
            new AccountLink("cus_none", null, null, "someone@gmail.com"));

    AccountLinkResolver.Resolution resolution = resolver.resolve(data, links);

    assertThat(resolution.unmatched())
        .extracting(AccountLink::id)
        .containsExactly("cus_shared", "cus_none");
    assertThat(resolution.data().payments())
        .extracting(Payment::accountId)
        .containsExactly("cus_shared");
  }
}

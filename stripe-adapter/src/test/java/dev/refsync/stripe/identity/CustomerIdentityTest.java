package dev.refsync.stripe.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.domain.DomainNormalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerIdentityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CustomerIdentity identity =
      new CustomerIdentity(
          "refsync_account_id",
          DomainNormalizer.withDefaultFreeMailList(),
          Map.of(
              "acc_acme", List.of("acme.com", "https://www.acme.co.uk/"),
              "acc_globex", List.of("globex.io"),
              "acc_twin_a", List.of("twins.dev"),
              "acc_twin_b", List.of("twins.dev")));

  private static JsonNode customer(String email, String accountId) {
    ObjectNode c = JSON.createObjectNode().put("id", "cus_1").put("object", "customer");
    if (email != null) {
      c.put("email", email);
    }
    ObjectNode metadata = c.putObject("metadata");
    if (accountId != null) {
      metadata.put("refsync_account_id", accountId);
    }
    return c;
  }

  @Test
  void metadataAccountIdWinsOverTheEmailDomain() {
    CustomerLink link = identity.link(customer("ann@globex.io", "001CRMACCOUNT"));
    assertThat(link.method()).isEqualTo(LinkMethod.METADATA);
    assertThat(link.accountId()).contains("001CRMACCOUNT");
    assertThat(link.customerId()).isEqualTo("cus_1");
  }

  @Test
  void aConfiguredMetadataKeyIsRead() {
    CustomerIdentity custom =
        new CustomerIdentity("crm_id", DomainNormalizer.withDefaultFreeMailList(), Map.of());
    ObjectNode c = (ObjectNode) customer("x@nowhere.example", null);
    ((ObjectNode) c.get("metadata")).put("crm_id", "acc_7");
    assertThat(custom.link(c).accountId()).contains("acc_7");
  }

  @Test
  void blankMetadataFallsBackToTheEmailDomain() {
    CustomerLink link = identity.link(customer("Ann@Mail.ACME.com", "  "));
    assertThat(link.method()).isEqualTo(LinkMethod.EMAIL_DOMAIN);
    assertThat(link.accountId()).contains("acc_acme");
  }

  @Test
  void accountDomainsAreNormalizedLikeCustomerDomains() {
    assertThat(identity.link(customer("bo@acme.co.uk", null)).accountId()).contains("acc_acme");
  }

  @Test
  void freeMailNeverMatchesEvenWhenAnAccountClaimsIt() {
    CustomerIdentity greedy =
        new CustomerIdentity(
            "refsync_account_id",
            DomainNormalizer.withDefaultFreeMailList(),
            Map.of("acc_bad", List.of("gmail.com")));
    CustomerLink link = greedy.link(customer("someone@gmail.com", null));
    assertThat(link.method()).isEqualTo(LinkMethod.UNMATCHED);
    assertThat(link.reason()).contains("free-mail").contains("gmail.com");
  }

  @Test
  void unknownDomainIsUnmatchedWithTheReason() {
    CustomerLink link = identity.link(customer("x@initech.com", null));
    assertThat(link.method()).isEqualTo(LinkMethod.UNMATCHED);
    assertThat(link.accountId()).isEmpty();
    assertThat(link.reason()).contains("initech.com");
  }

  @Test
  void aDomainSharedByTwoAccountsIsAmbiguous() {
    CustomerLink link = identity.link(customer("x@twins.dev", null));
    assertThat(link.method()).isEqualTo(LinkMethod.UNMATCHED);
    assertThat(link.reason()).contains("acc_twin_a").contains("acc_twin_b");
  }

  @Test
  void noEmailAndNoMetadataIsUnmatched() {
    CustomerLink link = identity.link(customer(null, null));
    assertThat(link.method()).isEqualTo(LinkMethod.UNMATCHED);
    assertThat(link.reason()).contains("no email");
  }
}

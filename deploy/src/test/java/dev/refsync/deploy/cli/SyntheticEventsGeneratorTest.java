package dev.refsync.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.io.EventsReadResult;
import dev.refsync.core.io.EventsReader;
import dev.refsync.core.model.Contact;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.Payment;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticEventsGeneratorTest {
  private static final int REFERRALS = 400;

  private static byte[] generate(int referrals, long seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventLineWriter writer = new EventLineWriter(out)) {
      new SyntheticEventsGenerator(referrals, seed).generate(writer);
    }
    return out.toByteArray();
  }

  private static EventsReadResult read(byte[] events) throws IOException {
    return new EventsReader().read(new ByteArrayInputStream(events));
  }

  @Test
  void sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
    byte[] first = generate(REFERRALS, 42);

    assertThat(generate(REFERRALS, 42)).isEqualTo(first);
    assertThat(generate(REFERRALS, 43)).isNotEqualTo(first);
  }

  @Test
  void everyGeneratedLineIsAcceptedByTheReader() throws IOException {
    EventsReadResult result = read(generate(REFERRALS, 7));

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().referrals()).hasSize(REFERRALS);
  }

  @Test
  void kindMixIsRealistic() throws IOException {
    EventsReadResult result = read(generate(REFERRALS, 7));
    CanonicalDataset d = result.dataset();

    assertThat(result.linesRead() / (double) REFERRALS).isBetween(30.0, 50.0);
    assertThat(d.referrers().stream().map(Referrer::type).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(ReferrerType.values());
    assertThat(d.referrers().stream().map(Referrer::tier).filter(t -> t != null))
        .contains("SILVER", "GOLD", "PLATINUM");
    assertThat(d.deals().stream().map(Deal::stage).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(DealStage.values());
    assertThat(d.deals().stream().map(Deal::termMonths).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(12, 24, 36);
    assertThat(d.deals().stream().map(Deal::currency).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("USD", "EUR", "GBP", "JPY");
    assertThat(d.payments().size()).isGreaterThan(d.deals().size() * 10);
    assertThat(d.refunds()).isNotEmpty();
    assertThat(d.churns()).isNotEmpty();
    Map<String, Long> contactsPerAccount =
        d.contacts().stream()
            .collect(Collectors.groupingBy(Contact::accountId, Collectors.counting()));
    assertThat(contactsPerAccount.values()).allSatisfy(n -> assertThat(n).isBetween(3L, 8L));
    assertThat(d.accounts().stream().flatMap(a -> a.domains().stream()))
        .anyMatch(domain -> domain.endsWith(".co.uk"));
  }

  @Test
  void referralsUseEveryWayOfIdentifyingACompany() throws IOException {
    CanonicalDataset d = read(generate(REFERRALS, 7)).dataset();
    Set<String> freeMail = Set.of("gmail.com", "outlook.com", "yahoo.com", "icloud.com");

    assertThat(d.referrals()).anyMatch(r -> r.accountId() != null);
    assertThat(d.referrals()).anyMatch(r -> r.companyDomain() != null && r.contactEmail() == null);
    assertThat(d.referrals())
        .anyMatch(
            r ->
                r.contactEmail() != null
                    && freeMail.contains(
                        r.contactEmail().substring(r.contactEmail().indexOf('@') + 1)));
    assertThat(d.referrals()).anyMatch(r -> r.source() == null);
    assertThat(d.payments()).anyMatch(p -> p.dealId() == null);
  }

  @Test
  void someReferralsAreSelfReferralsOfCustomersWhoAlreadyPaid() throws IOException {
    CanonicalDataset d = read(generate(REFERRALS, 7)).dataset();
    Map<String, Referrer> referrers =
        d.referrers().stream().collect(Collectors.toMap(Referrer::id, Function.identity()));
    Map<String, String> contactAccount =
        d.contacts().stream()
            .filter(c -> c.email() != null)
            .collect(Collectors.toMap(Contact::email, Contact::accountId, (a, b) -> a));
    Set<String> payingAccounts =
        d.payments().stream().map(Payment::accountId).collect(Collectors.toSet());

    long selfReferrals =
        d.referrals().stream()
            .filter(
                (Referral r) -> {
                  String own = referrers.get(r.referrerId()).accountId();
                  String target =
                      r.accountId() != null ? r.accountId() : contactAccount.get(r.contactEmail());
                  return own != null && own.equals(target);
                })
            .count();
    assertThat(selfReferrals).isPositive();
    assertThat(d.referrers())
        .filteredOn(r -> r.type() == ReferrerType.CUSTOMER)
        .allSatisfy(r -> assertThat(payingAccounts).contains(r.accountId()));
  }
}

package dev.refsync.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** DESIGN 3 "Domains": lower-case, strip www., reduce to the registrable domain. */
class DomainNormalizerTest {

  private final DomainNormalizer domains = new DomainNormalizer(Set.of("gmail.com"));

  @ParameterizedTest
  @CsvSource({
    "acme.com, acme.com",
    "ACME.COM, acme.com",
    "  acme.com  , acme.com",
    "www.acme.com, acme.com",
    "eu.shop.acme.com, acme.com",
    "acme.com., acme.com",
    "https://www.Acme.co.uk/path, acme.co.uk",
    "http://shop.acme.co.uk:8080/a?b=c#d, acme.co.uk",
    "acme.com/pricing, acme.com",
    "acme.com:443, acme.com",
    "foo.co.uk, foo.co.uk",
    "www.foo.co.uk, foo.co.uk",
    "a.b.foo.com.au, foo.com.au",
    "jane@Mail.Acme.com, acme.com",
    "xn--bcher-kva.de, xn--bcher-kva.de"
  })
  void reducesToTheRegistrableDomain(String input, String expected) {
    assertThat(domains.registrableDomain(input)).contains(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "co.uk",
        "com",
        "localhost",
        "intranet.local",
        "192.168.1.10",
        "https://",
        "http://exa mple.com",
        "not a domain",
        "acme..com",
        "-acme.com",
        "www.",
        "@",
        "jane@"
      })
  void givesNothingForInputWithoutARegistrableDomain(String input) {
    assertThat(domains.registrableDomain(input)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "jane@acme.com, acme.com",
    " Jane.Doe@Sales.ACME.co.uk , acme.co.uk",
    "\"quoted@local\"@acme.com, acme.com"
  })
  void takesTheRegistrableDomainOfAnEmailAddress(String email, String expected) {
    assertThat(domains.emailDomain(email)).contains(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"acme.com", "@acme.com", "jane@", "jane@co.uk", "jane@localhost"})
  void givesNoEmailDomainForSomethingThatIsNoUsableAddress(String email) {
    assertThat(domains.emailDomain(email)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gmail.com", "GMAIL.com", "www.gmail.com", "eu.gmail.com", "gmail.com."})
  void recognizesFreeMailDomainsAndTheirSubdomains(String domain) {
    assertThat(domains.isFreeMail(domain)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"acme.com", "notgmail.com", "gmail.co", "mail.com"})
  void otherDomainsAreNotFreeMail(String domain) {
    assertThat(domains.isFreeMail(domain)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"jane@gmail.com, true", "Jane@GMail.com , true", "jane@acme.com, false"})
  void tellsWhetherAnAddressIsAtAFreeMailProvider(String email, boolean freeMail) {
    assertThat(domains.isFreeMailAddress(email)).isEqualTo(freeMail);
  }

  @ParameterizedTest
  @CsvSource({"' Jane@Acme.COM ', jane@acme.com", "a@b, a@b"})
  void normalizesEmailAddressesForExactComparison(String email, String expected) {
    assertThat(DomainNormalizer.normalizeEmail(email)).isEqualTo(Optional.of(expected));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"jane", "@acme.com", "jane@"})
  void refusesToNormalizeWhatIsNoEmailAddress(String email) {
    assertThat(DomainNormalizer.normalizeEmail(email)).isEmpty();
  }
}

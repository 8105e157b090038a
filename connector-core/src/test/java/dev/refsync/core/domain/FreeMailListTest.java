package dev.refsync.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped list of consumer mail providers (DESIGN 3, "Domains"). */
class FreeMailListTest {

  private final DomainNormalizer domains = DomainNormalizer.withDefaultFreeMailList();

  @Test
  void shipsAComprehensiveList() {
    assertThat(domains.freeMailDomains())
        .hasSizeGreaterThanOrEqualTo(80)
        .contains(
            "gmail.com",
            "googlemail.com",
            "outlook.com",
            "hotmail.com",
            "hotmail.co.uk",
            "live.com",
            "msn.com",
            "yahoo.com",
            "yahoo.co.jp",
            "ymail.com",
            "icloud.com",
            "me.com",
            "mac.com",
            "aol.com",
            "proton.me",
            "protonmail.com",
            "pm.me",
            "gmx.de",
            "gmx.net",
            "web.de",
            "mail.ru",
            "yandex.ru",
            "zoho.com",
            "fastmail.com",
            "tutanota.com",
            "hey.com",
            "qq.com",
            "163.com",
            "126.com",
            "naver.com");
  }

  @Test
  void everyEntryIsALowerCaseRegistrableDomainWithoutComments() {
    // Lookups reduce an address to its registrable domain; an entry that is not one would never
    // match a bare domain.
    assertThat(domains.freeMailDomains())
        .allSatisfy(
            d -> {
              assertThat(d).doesNotContain("#").doesNotContain(" ").isLowerCase();
              assertThat(domains.registrableDomain(d)).contains(d);
            });
  }

  @Test
  void companyDomainsAreNotOnIt() {
    assertThat(domains.isFreeMail("acme.com")).isFalse();
    assertThat(domains.isFreeMail("salesforce.com")).isFalse();
    assertThat(domains.isFreeMailAddress("jane@acme.co.uk")).isFalse();
  }

  @Test
  void aCustomListReplacesTheShippedOne() {
    DomainNormalizer custom = new DomainNormalizer(Set.of(" Example-Mail.COM ", ""));

    assertThat(custom.freeMailDomains()).containsExactly("example-mail.com");
    assertThat(custom.isFreeMailAddress("x@example-mail.com")).isTrue();
    assertThat(custom.isFreeMail("gmail.com")).isFalse();
  }
}

package dev.refsync.core.attribution;

import java.util.Comparator;

/**
 * One way a referral resolved to an account (DESIGN 4.1). A referral may match an account in
 * several ways; each is kept so the trail can show all of them.
 *
 * @param kind which rule matched
 * @param value the account id, e-mail address or domain that matched
 * @param accountId the account matched
 */
record Match(Kind kind, String value, String accountId) implements Comparable<Match> {
  private static final Comparator<Match> ORDER =
      Comparator.comparing(Match::kind).thenComparing(Match::value);

  enum Kind {
    ACCOUNT_ID,
    CONTACT_EMAIL,
    COMPANY_DOMAIN,
    CONTACT_EMAIL_DOMAIN
  }

  /** The trail sentence fragment, e.g. "matched by company domain acme.com". */
  String describe() {
    return switch (kind) {
      case ACCOUNT_ID -> "matched by account id " + value + " set on the referral";
      case CONTACT_EMAIL ->
          "matched by contact email " + value + " (stakeholder of account " + accountId + ")";
      case COMPANY_DOMAIN -> "matched by company domain " + value;
      case CONTACT_EMAIL_DOMAIN -> "matched by the domain " + value + " of the contact email";
    };
  }

  @Override
  public int compareTo(Match other) {
    return ORDER.compare(this, other);
  }
}

package dev.refsync.core.attribution;

import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The referrals known as of the evaluation instant, indexed by every key that can resolve them to
 * an account (DESIGN 4.1), so finding the candidates of a deal costs the number of matches, not the
 * number of referrals.
 */
final class ReferralIndex {
  private final Map<String, Referrer> referrers = new HashMap<>();
  private final Map<String, String> referrerDomains = new HashMap<>();
  private final Map<String, List<Referral>> byAccountId = new HashMap<>();
  private final Map<String, List<Referral>> byEmail = new HashMap<>();
  private final Map<String, List<Referral>> byCompanyDomain = new HashMap<>();
  private final Map<String, List<Referral>> byEmailDomain = new HashMap<>();
  private final Map<String, List<Candidate>> candidatesByAccount = new HashMap<>();

  ReferralIndex(
      Collection<Referrer> referrers,
      Collection<Referral> referrals,
      Instant asOf,
      DomainNormalizer domains) {
    for (Referrer referrer : referrers) {
      this.referrers.put(referrer.id(), referrer);
      if (!domains.isFreeMailAddress(referrer.email())) {
        domains.emailDomain(referrer.email()).ifPresent(d -> referrerDomains.put(referrer.id(), d));
      }
    }
    for (Referral referral : referrals) {
      // A referral submitted after asOf did not exist yet; one whose referrer is unknown has nobody
      // to credit (the events reader already rejects such lines).
      if (referral.submittedAt().isAfter(asOf)
          || !this.referrers.containsKey(referral.referrerId())) {
        continue;
      }
      if (referral.accountId() != null && !referral.accountId().isBlank()) {
        add(byAccountId, referral.accountId(), referral);
      }
      DomainNormalizer.normalizeEmail(referral.contactEmail())
          .ifPresent(
              email -> {
                add(byEmail, email, referral);
                // A free-mail address names a person, not a company: exact e-mail match only.
                if (!domains.isFreeMailAddress(email)) {
                  domains.emailDomain(email).ifPresent(d -> add(byEmailDomain, d, referral));
                }
              });
      domains
          .registrableDomain(referral.companyDomain())
          .filter(d -> !domains.isFreeMail(d))
          .ifPresent(d -> add(byCompanyDomain, d, referral));
    }
  }

  /** The candidates for deals of this account, by referral id; computed once per account. */
  List<Candidate> candidatesFor(AccountView account) {
    return candidatesByAccount.computeIfAbsent(account.id(), id -> resolve(account));
  }

  private List<Candidate> resolve(AccountView account) {
    Map<String, Referral> found = new TreeMap<>();
    Map<String, TreeSet<Match>> matches = new HashMap<>();
    for (Referral r : byAccountId.getOrDefault(account.id(), List.of())) {
      record(found, matches, r, new Match(Match.Kind.ACCOUNT_ID, account.id(), account.id()));
    }
    for (String email : account.contactEmails()) {
      for (Referral r : byEmail.getOrDefault(email, List.of())) {
        record(found, matches, r, new Match(Match.Kind.CONTACT_EMAIL, email, account.id()));
      }
    }
    for (String domain : account.domains()) {
      for (Referral r : byCompanyDomain.getOrDefault(domain, List.of())) {
        record(found, matches, r, new Match(Match.Kind.COMPANY_DOMAIN, domain, account.id()));
      }
      for (Referral r : byEmailDomain.getOrDefault(domain, List.of())) {
        record(found, matches, r, new Match(Match.Kind.CONTACT_EMAIL_DOMAIN, domain, account.id()));
      }
    }
    List<Candidate> candidates = new ArrayList<>(found.size());
    for (Referral r : found.values()) {
      candidates.add(
          new Candidate(
              r,
              referrers.get(r.referrerId()),
              List.copyOf(matches.get(r.id())),
              referrerDomains.get(r.referrerId())));
    }
    return List.copyOf(candidates);
  }

  private static void record(
      Map<String, Referral> found, Map<String, TreeSet<Match>> matches, Referral r, Match match) {
    found.putIfAbsent(r.id(), r);
    matches.computeIfAbsent(r.id(), id -> new TreeSet<>()).add(match);
  }

  private static void add(Map<String, List<Referral>> index, String key, Referral referral) {
    index.computeIfAbsent(key, k -> new ArrayList<>()).add(referral);
  }
}

package dev.refsync.deploy.cli;

import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Account;
import dev.refsync.core.model.AccountLink;
import dev.refsync.core.sync.AccountLinkResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The billing customers the engine run cannot tie to a CRM account, and why: the same resolution
 * the engine step runs ({@link AccountLinkResolver}: the metadata's account id when it is known,
 * else the e-mail domain when exactly one account has it), each failed rule named so revops know
 * what to fix in Stripe or in the CRM.
 */
final class UnmatchedCustomers {
  private final DomainNormalizer domains;

  UnmatchedCustomers(DomainNormalizer domains) {
    this.domains = domains;
  }

  /** One unmatched customer. */
  record Unmatched(AccountLink link, String why) {}

  List<Unmatched> of(CanonicalDataset data, List<AccountLink> links) {
    Set<String> accountIds = new HashSet<>();
    Map<String, Set<String>> accountsByDomain = new HashMap<>();
    for (Account account : data.accounts()) {
      accountIds.add(account.id());
      for (String domain : account.domains()) {
        accountsByDomain
            .computeIfAbsent(domain.toLowerCase(Locale.ROOT), d -> new HashSet<>())
            .add(account.id());
      }
    }
    List<Unmatched> result = new ArrayList<>();
    for (AccountLink link : new AccountLinkResolver().resolve(data, links).unmatched()) {
      result.add(new Unmatched(link, why(link, accountIds, accountsByDomain)));
    }
    return result;
  }

  private String why(
      AccountLink link, Set<String> accountIds, Map<String, Set<String>> accountsByDomain) {
    String byMetadata =
        link.accountId() == null
            ? "no account id in the customer's metadata"
            : "metadata names account " + link.accountId() + ", which no CRM has";
    String byDomain;
    if (link.domain() != null) {
      int accounts =
          accountsByDomain.getOrDefault(link.domain().toLowerCase(Locale.ROOT), Set.of()).size();
      byDomain =
          accounts == 0
              ? "no account has the domain " + link.domain()
              : "the domain " + link.domain() + " is shared by " + accounts + " accounts";
    } else if (link.email() != null && domains.isFreeMailAddress(link.email())) {
      byDomain = "the e-mail is at a free-mail provider, which names no company";
    } else {
      byDomain = "no e-mail domain";
    }
    return byMetadata + "; " + byDomain;
  }
}

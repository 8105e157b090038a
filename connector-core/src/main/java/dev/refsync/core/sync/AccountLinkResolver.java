package dev.refsync.core.sync;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Account;
import dev.refsync.core.model.AccountLink;
import dev.refsync.core.model.Churn;
import dev.refsync.core.model.Payment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves billing customers to CRM accounts before the engines run (issue #6): by the account id
 * the customer's metadata names, when that account is known; else by the customer's e-mail domain
 * when exactly one account has it (the adapter never offers a free-mail domain); else the customer
 * stays unmatched and its payments keep the customer id, which no deal's account has, so they earn
 * nothing until the link resolves.
 */
public final class AccountLinkResolver {

  /** The dataset with payments and churns re-keyed to accounts, and how each link resolved. */
  public record Resolution(
      CanonicalDataset data, Map<String, String> resolved, List<AccountLink> unmatched) {
    public Resolution {
      resolved = Map.copyOf(resolved);
      unmatched = List.copyOf(unmatched);
    }
  }

  /** Resolves every link against the dataset's accounts. */
  public Resolution resolve(CanonicalDataset data, List<AccountLink> links) {
    Set<String> accountIds = new HashSet<>();
    Map<String, String> byDomain = new HashMap<>();
    Set<String> sharedDomains = new HashSet<>();
    for (Account account : data.accounts()) {
      accountIds.add(account.id());
      for (String domain : account.domains()) {
        String key = domain.toLowerCase(Locale.ROOT);
        String other = byDomain.putIfAbsent(key, account.id());
        if (other != null && !other.equals(account.id())) {
          sharedDomains.add(key);
        }
      }
    }
    Map<String, String> resolved = new LinkedHashMap<>();
    List<AccountLink> unmatched = new ArrayList<>();
    for (AccountLink link : links) {
      String account = accountOf(link, accountIds, byDomain, sharedDomains);
      if (account == null) {
        unmatched.add(link);
      } else {
        resolved.put(link.id(), account);
      }
    }
    if (resolved.isEmpty()) {
      return new Resolution(data, resolved, unmatched);
    }
    List<Payment> payments =
        data.payments().stream()
            .map(
                p ->
                    resolved.containsKey(p.accountId())
                        ? new Payment(
                            p.id(),
                            resolved.get(p.accountId()),
                            p.dealId(),
                            p.amount(),
                            p.currency(),
                            p.paidAt(),
                            p.subscriptionId())
                        : p)
            .toList();
    List<Churn> churns =
        data.churns().stream()
            .map(
                c ->
                    resolved.containsKey(c.accountId())
                        ? new Churn(resolved.get(c.accountId()), c.at())
                        : c)
            .toList();
    CanonicalDataset rekeyed =
        new CanonicalDataset(
            data.referrers(),
            data.referrals(),
            data.accounts(),
            data.contacts(),
            data.deals(),
            payments,
            data.refunds(),
            churns);
    return new Resolution(rekeyed, resolved, unmatched);
  }

  private static String accountOf(
      AccountLink link,
      Set<String> accountIds,
      Map<String, String> byDomain,
      Set<String> sharedDomains) {
    if (link.accountId() != null && accountIds.contains(link.accountId())) {
      return link.accountId();
    }
    if (link.domain() != null) {
      String key = link.domain().toLowerCase(Locale.ROOT);
      if (!sharedDomains.contains(key)) {
        return byDomain.get(key);
      }
    }
    return null;
  }
}

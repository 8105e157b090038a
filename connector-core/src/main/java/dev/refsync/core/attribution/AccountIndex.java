package dev.refsync.core.attribution;

import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.model.Account;
import dev.refsync.core.model.Contact;
import dev.refsync.core.model.Deal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accounts with their normalized domains, their contacts' e-mail addresses and their won deals,
 * indexed by account id so each deal finds its account in constant time.
 */
final class AccountIndex {
  static final Comparator<Deal> BY_CLOSE =
      Comparator.comparing(Deal::closedAt).thenComparing(Deal::id);

  private final Map<String, Account> accounts = new HashMap<>();
  private final Map<String, Set<String>> contactEmails = new HashMap<>();
  private final Map<String, List<Deal>> wonDeals = new HashMap<>();
  private final Map<String, AccountView> views = new HashMap<>();
  private final DomainNormalizer domains;

  /**
   * @param closedWonDeals the deals won as of the evaluation instant
   */
  AccountIndex(
      Collection<Account> accounts,
      Collection<Contact> contacts,
      Collection<Deal> closedWonDeals,
      DomainNormalizer domains) {
    this.domains = domains;
    for (Account account : accounts) {
      this.accounts.put(account.id(), account);
    }
    for (Contact contact : contacts) {
      if (contact.accountId() == null) {
        continue;
      }
      DomainNormalizer.normalizeEmail(contact.email())
          .ifPresent(
              email ->
                  contactEmails
                      .computeIfAbsent(contact.accountId(), id -> new HashSet<>())
                      .add(email));
    }
    for (Deal deal : closedWonDeals) {
      if (deal.accountId() != null) {
        wonDeals.computeIfAbsent(deal.accountId(), id -> new ArrayList<>()).add(deal);
      }
    }
  }

  /** The view of an account; a deal may name an account absent from the data set. */
  AccountView view(String accountId) {
    return views.computeIfAbsent(accountId, this::build);
  }

  private AccountView build(String accountId) {
    Account account = accounts.get(accountId);
    Set<String> normalizedDomains = new HashSet<>();
    if (account != null) {
      // Account domains should already be normalized (DESIGN 3); normalizing again costs little and
      // keeps a hand-written "www.Acme.com" in an events file from silently matching nothing.
      for (String domain : account.domains()) {
        domains.registrableDomain(domain).ifPresent(normalizedDomains::add);
      }
    }
    List<Deal> won = new ArrayList<>(wonDeals.getOrDefault(accountId, List.of()));
    won.sort(BY_CLOSE);
    return new AccountView(
        accountId,
        account == null ? null : account.name(),
        normalizedDomains,
        contactEmails.getOrDefault(accountId, Set.of()),
        won);
  }
}

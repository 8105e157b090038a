package dev.refsync.stripe.sync;

import dev.refsync.core.model.AccountLink;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Credit;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.port.WriteBackInput;
import dev.refsync.core.port.WriteBackPlanner;
import dev.refsync.core.store.OutboxItem;
import dev.refsync.mappings.mapper.MappingException;
import dev.refsync.stripe.push.CustomerMetadata;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans the attribution Stripe customers carry (issue #6 "Push", DESIGN 8): for every account with
 * an attributed CLOSED_WON deal, each Stripe customer of this connection linked to that account
 * gets the referral and referrer in its metadata, under the keys the mapping's {@code
 * writeBack.customer} names ({@link CustomerMetadata}).
 *
 * <p>An account with several credited referrals shows the one that earns its recurring commissions
 * (DESIGN 5: the shares of the account's first attributed CLOSED_WON deal): the first such deal by
 * {@code closedAt} (then deal id), and in it the largest share (then referral id). The choice and
 * the payload depend only on the state, so a run with nothing new plans identical payloads, which
 * the outbox ignores.
 */
public final class StripeWriteBackPlanner implements WriteBackPlanner {
  private static final Logger log = LoggerFactory.getLogger(StripeWriteBackPlanner.class);
  private static final Comparator<Choice> FIRST =
      Comparator.comparing(Choice::closedAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Choice::dealId)
          .thenComparing(Choice::share, Comparator.reverseOrder())
          .thenComparing(Choice::referralId);

  private final String connection;
  private final CustomerMetadata metadata;

  StripeWriteBackPlanner(String connection, CustomerMetadata metadata) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
  }

  @Override
  public String connection() {
    return connection;
  }

  @Override
  public List<OutboxItem> plan(WriteBackInput input) {
    Map<String, Referral> referrals = byId(input.data().referrals(), Referral::id);
    Map<String, Referrer> referrers = byId(input.data().referrers(), Referrer::id);
    Map<String, Deal> deals = byId(input.data().deals(), Deal::id);
    Map<String, Choice> byAccount = new TreeMap<>();
    for (Attribution attribution : input.result().attributions()) {
      Deal deal = deals.get(attribution.dealId());
      String account = attribution.accountId() != null ? attribution.accountId() : accountOf(deal);
      if (account == null) {
        continue;
      }
      for (Credit credit : attribution.credits()) {
        Choice choice =
            new Choice(
                deal == null ? null : deal.closedAt(),
                attribution.dealId(),
                credit.share(),
                credit.referralId(),
                credit.referrerId());
        byAccount.merge(account, choice, (a, b) -> FIRST.compare(a, b) <= 0 ? a : b);
      }
    }
    Map<String, TreeSet<String>> customersByAccount = new TreeMap<>();
    input
        .links()
        .forEach(
            (customer, account) -> {
              if (!input.locations().of(AccountLink.class, customer, connection).isEmpty()) {
                customersByAccount.computeIfAbsent(account, a -> new TreeSet<>()).add(customer);
              }
            });
    // Every linked customer gets a write: the attribution's values, or "" for each key when its
    // account has none (any more), so a customer whose deal was lost or deleted sheds the referral
    // it carried. A customer that never had the keys is only read, never written (MetadataChange).
    SortedMap<String, String> none = metadata.of(Map.of(), "no attribution");
    List<OutboxItem> items = new ArrayList<>();
    customersByAccount.forEach(
        (account, customers) -> {
          SortedMap<String, String> values =
              valuesFor(account, byAccount.get(account), referrals, referrers, none);
          if (values == null) {
            return;
          }
          for (String customer : customers) {
            items.add(
                new OutboxItem(
                    connection,
                    CustomerMetadataWrite.TARGET_TYPE,
                    customer,
                    new CustomerMetadataWrite(customer, values).toJson()));
          }
        });
    return items;
  }

  /**
   * The metadata for an account's customers: its chosen credit's, {@code none} without one, or null
   * (no write) when the values cannot be written (over Stripe's 500 characters): that must not fail
   * the whole engine run, and the customers keep their metadata until revops shortens the value.
   */
  private SortedMap<String, String> valuesFor(
      String account,
      Choice choice,
      Map<String, Referral> referrals,
      Map<String, Referrer> referrers,
      SortedMap<String, String> none) {
    if (choice == null) {
      return none;
    }
    Referral referral = referrals.get(choice.referralId());
    Referrer referrer = referrers.get(choice.referrerId());
    if (referral == null || referrer == null) {
      return none;
    }
    try {
      return metadata.of(referral, referrer);
    } catch (MappingException e) {
      log.warn(
          "Stripe {}: no metadata write for account {}: {}", connection, account, e.getMessage());
      return null;
    }
  }

  private static String accountOf(Deal deal) {
    return deal == null ? null : deal.accountId();
  }

  private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
    return records.stream().collect(Collectors.toMap(id, r -> r, (a, b) -> a));
  }

  private record Choice(
      Instant closedAt, String dealId, BigDecimal share, String referralId, String referrerId) {}
}

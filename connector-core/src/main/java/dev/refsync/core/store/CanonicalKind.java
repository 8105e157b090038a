package dev.refsync.core.store;

import dev.refsync.core.model.Account;
import dev.refsync.core.model.AccountLink;
import dev.refsync.core.model.Churn;
import dev.refsync.core.model.Contact;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.Payment;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.Refund;
import java.util.function.Function;

/**
 * The kinds of canonical record a snapshot can hold (DESIGN 3), with the canonical id of each. The
 * stored value of {@code canonical_snapshot.canonical_kind} is the enum name.
 */
enum CanonicalKind {
  REFERRER(Referrer.class, r -> ((Referrer) r).id()),
  REFERRAL(Referral.class, r -> ((Referral) r).id()),
  ACCOUNT(Account.class, r -> ((Account) r).id()),
  CONTACT(Contact.class, r -> ((Contact) r).id()),
  DEAL(Deal.class, r -> ((Deal) r).id()),
  PAYMENT(Payment.class, r -> ((Payment) r).id()),
  REFUND(Refund.class, r -> ((Refund) r).id()),
  // A churn has no id of its own: an account churns at most once at a given instant.
  CHURN(Churn.class, r -> ((Churn) r).accountId() + "@" + ((Churn) r).at()),
  // Not evaluated by the engines: resolves billing customer ids to accounts before they run.
  ACCOUNT_LINK(AccountLink.class, r -> ((AccountLink) r).id());

  private final Class<?> type;
  private final Function<Object, String> id;

  CanonicalKind(Class<?> type, Function<Object, String> id) {
    this.type = type;
    this.id = id;
  }

  Class<?> type() {
    return type;
  }

  String idOf(Object record) {
    return id.apply(record);
  }

  /** The kind of a canonical record instance. */
  static CanonicalKind of(Object record) {
    for (CanonicalKind kind : values()) {
      if (kind.type.isInstance(record)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "not a canonical record: "
            + (record == null ? "null" : record.getClass().getName())
            + "; snapshots hold Referrer, Referral, Account, Contact, Deal, Payment, Refund,"
            + " Churn, or an AccountLink");
  }
}

package dev.refsync.core.engine;

import dev.refsync.core.model.Account;
import dev.refsync.core.model.Churn;
import dev.refsync.core.model.Contact;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.Payment;
import dev.refsync.core.model.PaymentTable;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.Refund;
import java.util.List;

/**
 * Every canonical record the engines evaluate, as read from the ledger store or an events file. The
 * engines build their own indexes; this is only the input.
 */
public record CanonicalDataset(
    List<Referrer> referrers,
    List<Referral> referrals,
    List<Account> accounts,
    List<Contact> contacts,
    List<Deal> deals,
    List<Payment> payments,
    List<Refund> refunds,
    List<Churn> churns) {
  public CanonicalDataset {
    referrers = List.copyOf(referrers);
    referrals = List.copyOf(referrals);
    accounts = List.copyOf(accounts);
    contacts = List.copyOf(contacts);
    deals = List.copyOf(deals);
    // A table is immutable already, and copying it would build every payment as an object.
    payments = payments instanceof PaymentTable table ? table : List.copyOf(payments);
    refunds = List.copyOf(refunds);
    churns = List.copyOf(churns);
  }
}

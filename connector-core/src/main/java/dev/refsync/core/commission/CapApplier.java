package dev.refsync.core.commission;

import dev.refsync.core.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a reward's {@code cap} to the total of a referral's accruals under that plan (DESIGN 5):
 * accruals are taken in (earnedAt, id) order, the one that would cross the cap is reduced to reach
 * it exactly and later ones are dropped. There is no FX (DESIGN 3), so the cap bounds the total in
 * each currency separately.
 */
final class CapApplier {
  static final Comparator<Accrual> EARNED_ORDER =
      Comparator.comparing(Accrual::earnedAt).thenComparing(Accrual::id);

  private CapApplier() {}

  static List<Accrual> apply(List<Accrual> accruals) {
    List<Accrual> result = new ArrayList<>(accruals.size());
    Map<String, List<Accrual>> capped = new HashMap<>();
    for (Accrual accrual : accruals) {
      if (accrual.plan().reward().cap() == null) {
        result.add(accrual);
      } else {
        String key =
            accrual.plan().id()
                + '\u0000'
                + accrual.conversion().referralId()
                + '\u0000'
                + accrual.currency();
        capped.computeIfAbsent(key, k -> new ArrayList<>()).add(accrual);
      }
    }
    for (List<Accrual> group : capped.values()) {
      group.sort(EARNED_ORDER);
      applyToGroup(group, result);
    }
    return result;
  }

  private static void applyToGroup(List<Accrual> group, List<Accrual> result) {
    String currency = group.get(0).currency();
    BigDecimal cap = Money.round(group.get(0).plan().reward().cap(), currency);
    BigDecimal total = BigDecimal.ZERO;
    for (Accrual accrual : group) {
      BigDecimal room = cap.subtract(total);
      if (room.signum() <= 0) {
        return;
      }
      if (accrual.amount().compareTo(room) <= 0) {
        result.add(accrual);
        total = total.add(accrual.amount());
      } else {
        String note =
            "reduced from "
                + Amounts.money(accrual.amount(), currency)
                + " to "
                + Amounts.money(room, currency)
                + " to reach the plan cap "
                + Amounts.money(cap, currency);
        result.add(accrual.reducedTo(room, note));
        return;
      }
    }
  }
}

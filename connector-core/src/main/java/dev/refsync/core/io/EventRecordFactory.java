package dev.refsync.core.io;

import dev.refsync.core.model.Account;
import dev.refsync.core.model.Channel;
import dev.refsync.core.model.Churn;
import dev.refsync.core.model.Contact;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.Money;
import dev.refsync.core.model.Payment;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.model.Refund;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Types the fields of one {@link RawEvent} into the canonical record of its kind (DESIGN 3), or
 * adds to {@code raw.problems} every reason it cannot, each saying what to write instead. Checks
 * only the line itself; references to other records are {@link ReferenceResolver}'s job.
 */
final class EventRecordFactory {
  private static final String TIME_EXAMPLE = "\"2026-06-30T00:00:00Z\"";
  private static final int MAX_INTEGER_DIGITS = 15;
  private static final int MAX_SCALE = 10;

  private final Interner interner;
  private final Map<String, Boolean> currencies = new HashMap<>();
  private final DecimalCache amounts;

  /**
   * @param amounts the amounts accepted so far; the parser fills {@link RawEvent} from the same
   *     cache, so an amount it found there has passed every check below before
   */
  EventRecordFactory(Interner interner, DecimalCache amounts) {
    this.interner = interner;
    this.amounts = amounts;
  }

  /** The record, or null when {@code raw.problems} is not empty afterwards. */
  Object build(EventKind kind, RawEvent raw) {
    Object record =
        switch (kind) {
          case ACCOUNT -> account(raw);
          case REFERRER -> referrer(raw);
          case REFERRAL -> referral(raw);
          case CONTACT -> contact(raw);
          case DEAL -> deal(raw);
          case PAYMENT -> payment(raw);
          case REFUND -> refund(raw);
          case CHURN -> churn(raw);
        };
    return raw.problems.isEmpty() ? record : null;
  }

  private Account account(RawEvent raw) {
    String id = required(raw, Field.ID, "account");
    LinkedHashSet<String> domains = new LinkedHashSet<>();
    for (String d : raw.domains) {
      String trimmed = d.trim();
      if (trimmed.isEmpty()) {
        raw.problems.add("field 'domains' contains an empty domain; remove it");
      } else {
        // Lower-case only: registrable-domain reduction is the attribution engine's (DESIGN 3).
        domains.add(interner.intern(trimmed.toLowerCase(Locale.ROOT)));
      }
    }
    return id == null ? null : new Account(id, raw.get(Field.NAME), domains, raw.references);
  }

  private Referrer referrer(RawEvent raw) {
    String id = required(raw, Field.ID, "referrer");
    ReferrerType type = requiredEnum(raw, Field.TYPE, "referrer", ReferrerType.class);
    if (id == null || type == null) {
      return null;
    }
    return new Referrer(
        id,
        type,
        raw.get(Field.NAME),
        optional(raw, Field.EMAIL),
        optional(raw, Field.TIER),
        optional(raw, Field.ACCOUNT_ID));
  }

  private Referral referral(RawEvent raw) {
    String id = required(raw, Field.ID, "referral");
    String referrerId = required(raw, Field.REFERRER_ID, "referral");
    Instant submittedAt = requiredInstant(raw, Field.SUBMITTED_AT, "referral");
    String channelText = optional(raw, Field.CHANNEL);
    Channel channel = channelText == null ? null : enumValue(raw, Field.CHANNEL, Channel.class);
    String contactEmail = optional(raw, Field.CONTACT_EMAIL);
    String companyDomain = optional(raw, Field.COMPANY_DOMAIN);
    String accountId = optional(raw, Field.ACCOUNT_ID);
    if (contactEmail == null && companyDomain == null && accountId == null) {
      raw.problems.add(
          "referral has none of contactEmail, companyDomain, accountId, so it can never match an"
              + " account; add at least one");
    }
    if (id == null || referrerId == null || submittedAt == null) {
      return null;
    }
    return new Referral(
        id,
        referrerId,
        contactEmail,
        companyDomain == null
            ? null
            : interner.intern(companyDomain.trim().toLowerCase(Locale.ROOT)),
        raw.get(Field.COMPANY_NAME),
        accountId,
        channel,
        submittedAt,
        raw.source);
  }

  private Contact contact(RawEvent raw) {
    String id = required(raw, Field.ID, "contact");
    String accountId = required(raw, Field.ACCOUNT_ID, "contact");
    if (id == null || accountId == null) {
      return null;
    }
    return new Contact(
        id, accountId, optional(raw, Field.EMAIL), raw.get(Field.NAME), roles(raw.roles));
  }

  /**
   * The roles as the set Contact keeps. Contact copies what it is given with Set.copyOf, which
   * builds a throw-away HashSet unless the set is already immutable; for the usual zero or one role
   * the immutable set is made here directly (what Set.copyOf would have returned), saving two hash
   * sets per contact line.
   */
  private static Set<String> roles(List<String> roles) {
    return switch (roles.size()) {
      case 0 -> Set.of();
      case 1 -> Set.of(roles.get(0));
      default -> new LinkedHashSet<>(roles);
    };
  }

  private Deal deal(RawEvent raw) {
    String id = required(raw, Field.ID, "deal");
    String accountId = required(raw, Field.ACCOUNT_ID, "deal");
    BigDecimal amount = requiredAmount(raw, "deal");
    String currency = requiredCurrency(raw, "deal");
    DealStage stage = requiredEnum(raw, Field.STAGE, "deal", DealStage.class);
    int termMonths = termMonths(raw);
    Instant createdAt = optionalInstant(raw, Field.CREATED_AT);
    Instant closedAt = optionalInstant(raw, Field.CLOSED_AT);
    if (stage != null && stage != DealStage.OPEN && !present(raw, Field.CLOSED_AT)) {
      raw.problems.add(
          "deal in stage " + stage + " is missing 'closedAt'; add when it was won or lost");
    }
    if (id == null || accountId == null || amount == null || currency == null || stage == null) {
      return null;
    }
    return new Deal(
        id, accountId, amount, currency, termMonths, stage, createdAt, closedAt, raw.references);
  }

  private Payment payment(RawEvent raw) {
    String id = required(raw, Field.ID, "payment");
    String accountId = required(raw, Field.ACCOUNT_ID, "payment");
    BigDecimal amount = requiredAmount(raw, "payment");
    String currency = requiredCurrency(raw, "payment");
    Instant paidAt = requiredInstant(raw, Field.PAID_AT, "payment");
    if (id == null || accountId == null || amount == null || currency == null || paidAt == null) {
      return null;
    }
    return new Payment(
        id,
        accountId,
        optional(raw, Field.DEAL_ID),
        amount,
        currency,
        paidAt,
        optional(raw, Field.SUBSCRIPTION_ID));
  }

  private Refund refund(RawEvent raw) {
    String id = required(raw, Field.ID, "refund");
    String paymentId = required(raw, Field.PAYMENT_ID, "refund");
    BigDecimal amount = requiredAmount(raw, "refund");
    Instant at = requiredInstant(raw, Field.AT, "refund");
    if (id == null || paymentId == null || amount == null || at == null) {
      return null;
    }
    return new Refund(id, paymentId, amount, at);
  }

  private Churn churn(RawEvent raw) {
    String accountId = required(raw, Field.ACCOUNT_ID, "churn");
    Instant at = requiredInstant(raw, Field.AT, "churn");
    return accountId == null || at == null ? null : new Churn(accountId, at);
  }

  /** The id of a line, if it has a usable one; used to index rejected lines too. */
  String idOf(RawEvent raw) {
    String id = raw.get(Field.ID);
    return id == null || id.isBlank() ? null : id;
  }

  private String required(RawEvent raw, Field field, String kind) {
    String v = raw.get(field);
    if (v == null || v.isBlank()) {
      if (raw.isMalformed(field)) {
        return null;
      }
      raw.problems.add(
          kind + " is missing required field '" + field.jsonName + "'; add it to the line");
      return null;
    }
    return v;
  }

  /** Whether the line gives the field a value: a non-blank text, or one the parser typed. */
  private static boolean present(RawEvent raw, Field field) {
    return raw.typed(field) != null || optional(raw, field) != null;
  }

  private static String optional(RawEvent raw, Field field) {
    String v = raw.get(field);
    return v == null || v.isBlank() ? null : v;
  }

  private BigDecimal requiredAmount(RawEvent raw, String kind) {
    if (raw.typed(Field.AMOUNT) instanceof BigDecimal cachedByParser) {
      return cachedByParser;
    }
    String text = required(raw, Field.AMOUNT, kind);
    if (text == null) {
      return null;
    }
    BigDecimal cached = amounts.get(text);
    if (cached != null) {
      return cached;
    }
    BigDecimal amount = FieldValues.decimal(text.trim());
    if (amount == null) {
      raw.problems.add(
          "field 'amount' is not a decimal number: \""
              + text
              + "\"; write amounts as decimal strings like \"1200.00\" (no thousands separators"
              + " or currency symbols)");
      return null;
    }
    if (amount.scale() > MAX_SCALE || amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      // A value like "1e999999999" parses, but writing it out in plain form would need a
      // gigabyte; no real amount has more than 15 integer digits or 10 decimals.
      raw.problems.add(
          "field 'amount' is out of range: \""
              + text
              + "\"; amounts have at most "
              + MAX_INTEGER_DIGITS
              + " integer digits and "
              + MAX_SCALE
              + " decimals");
      return null;
    }
    if (amount.signum() < 0) {
      raw.problems.add(
          "field 'amount' is negative: \""
              + text
              + "\"; amounts are positive, record money returned as a refund line");
      return null;
    }
    amounts.put(text, amount);
    return amount;
  }

  private String requiredCurrency(RawEvent raw, String kind) {
    String text = required(raw, Field.CURRENCY, kind);
    if (text == null) {
      return null;
    }
    // Already the interner's instance (Field.Form.INTERNED).
    String code = text;
    if (!currencies.computeIfAbsent(code, Money::isCurrency)) {
      raw.problems.add(
          "field 'currency' is not an ISO 4217 currency code: \""
              + text
              + "\"; use an upper-case code such as USD, EUR, GBP or JPY");
      return null;
    }
    return code;
  }

  private int termMonths(RawEvent raw) {
    String text = optional(raw, Field.TERM_MONTHS);
    if (text == null) {
      return Deal.DEFAULT_TERM_MONTHS;
    }
    try {
      int months = Integer.parseInt(text.trim());
      if (months > 0) {
        return months;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    raw.problems.add(
        "field 'termMonths' must be a positive whole number of months: \""
            + text
            + "\"; omit it for the default of 12");
    return Deal.DEFAULT_TERM_MONTHS;
  }

  private Instant requiredInstant(RawEvent raw, Field field, String kind) {
    if (raw.typed(field) instanceof Instant typedByParser) {
      return typedByParser;
    }
    return required(raw, field, kind) == null ? null : optionalInstant(raw, field);
  }

  private static Instant optionalInstant(RawEvent raw, Field field) {
    if (raw.typed(field) instanceof Instant typedByParser) {
      return typedByParser;
    }
    String text = optional(raw, field);
    if (text == null) {
      return null;
    }
    Instant instant = FieldValues.instant(text.trim());
    if (instant == null) {
      raw.problems.add(
          "field '"
              + field.jsonName
              + "' is not an ISO-8601 instant: \""
              + text
              + "\"; write UTC times like "
              + TIME_EXAMPLE);
    }
    return instant;
  }

  private <E extends Enum<E>> E requiredEnum(
      RawEvent raw, Field field, String kind, Class<E> type) {
    return required(raw, field, kind) == null ? null : enumValue(raw, field, type);
  }

  private static <E extends Enum<E>> E enumValue(RawEvent raw, Field field, Class<E> type) {
    String text = raw.get(field);
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      raw.problems.add(
          "field '"
              + field.jsonName
              + "' has invalid value \""
              + text
              + "\"; use one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
      return null;
    }
  }
}

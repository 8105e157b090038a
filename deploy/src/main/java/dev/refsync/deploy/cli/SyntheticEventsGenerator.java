package dev.refsync.deploy.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A realistic synthetic referral program for {@code refsync engine generate}: referrers of every
 * type, accounts with contacts, referrals by contact email, domain and account id over two years,
 * deals, monthly payments, refunds and churns.
 *
 * <p>Deterministic: the same seed gives the same bytes. Streaming: each account's story (the
 * account, its contacts, referrals, deals, payments, refunds, churn) is generated from its own
 * random stream and written before the next one starts, so memory holds one account at a time plus
 * two int arrays over the accounts.
 *
 * <p>Sizing: one account per referral, 3-8 contacts each, and 1-4 monthly-billed subscriptions per
 * won deal; this averages about 40 lines per referral, so 25,000 referrals give about a million
 * lines.
 */
final class SyntheticEventsGenerator {
  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  static final Instant END = Instant.parse("2026-06-30T00:00:00Z");
  private static final int REFERRAL_SPAN_DAYS = 730;

  private static final String[] FIRST = {
    "ana", "ben", "chloe", "dev", "elena", "farid", "grace", "hiro", "ines", "jamal", "kai", "lena",
    "mateo", "nora", "omar", "priya", "quinn", "rosa", "sven", "tara", "uma", "victor", "wen",
        "yara"
  };
  private static final String[] LAST = {
    "smith", "garcia", "muller", "tanaka", "okafor", "dubois", "rossi", "kowalski", "silva",
    "nguyen", "patel", "andersen", "kim", "oconnor", "haddad", "ivanova", "lopez", "berg"
  };
  private static final String[] WORD_A = {
    "blue", "north", "bright", "iron", "silver", "green", "rapid", "clear", "summit", "harbor",
    "urban", "cedar", "polar", "prime", "swift", "atlas"
  };
  private static final String[] WORD_B = {
    "peak", "logic", "works", "labs", "freight", "health", "ledger", "foods", "metrics", "cloud",
    "motion", "energy", "retail", "secure", "data", "build"
  };
  private static final String[] FREE_MAIL = {
    "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "proton.me"
  };
  private static final String[] ROLES = {
    "CHAMPION", "ECONOMIC_BUYER", "DECISION_MAKER", "USER", "TECHNICAL_EVALUATOR"
  };
  private static final String[] TIERS = {"SILVER", "GOLD", "PLATINUM"};
  private static final String ALLOWED_AGENCY = "certified-agency.com";

  /** How one referral identifies the company, in DESIGN 4.1 terms. */
  private enum Mode {
    CONTACT_EMAIL,
    DOMAIN,
    ACCOUNT_ID,
    EMAIL_AND_DOMAIN,
    UNMATCHED
  }

  private final long seed;
  private final int accounts;
  private final int referrers;
  private final int[] referralsPerAccount;
  private final int[] ownerReferrer;
  private long nextContact;
  private long nextReferral;
  private long nextDeal;
  private long nextPayment;
  private long nextRefund;
  private long nextSubscription;

  SyntheticEventsGenerator(int referrals, long seed) {
    if (referrals <= 0) {
      throw new IllegalArgumentException("referrals must be positive");
    }
    this.seed = seed;
    this.accounts = referrals;
    this.referrers = Math.max(10, referrals / 10);
    SplittableRandom rnd = new SplittableRandom(seed);
    this.referralsPerAccount = new int[accounts];
    for (int i = 0; i < referrals; i++) {
      referralsPerAccount[rnd.nextInt(accounts)]++;
    }
    this.ownerReferrer = new int[accounts];
    Arrays.fill(ownerReferrer, -1);
    for (int r = 0; r < referrers; r++) {
      if (referrerType(r).equals("CUSTOMER")) {
        int account;
        do {
          account = rnd.nextInt(accounts);
        } while (ownerReferrer[account] >= 0);
        ownerReferrer[account] = r;
      }
    }
  }

  void generate(EventLineWriter out) throws IOException {
    int[] ownedAccount = new int[referrers];
    Arrays.fill(ownedAccount, -1);
    for (int a = 0; a < accounts; a++) {
      if (ownerReferrer[a] >= 0) {
        ownedAccount[ownerReferrer[a]] = a;
      }
    }
    for (int r = 0; r < referrers; r++) {
      writeReferrer(out, r, ownedAccount[r]);
    }
    for (int a = 0; a < accounts; a++) {
      new AccountStory(a).write(out);
    }
  }

  /** Half customers, 35 % partners, 15 % employees, interleaved so every prefix has all three. */
  private static String referrerType(int r) {
    int slot = r % 20;
    return slot < 10 ? "CUSTOMER" : slot < 17 ? "PARTNER" : "EMPLOYEE";
  }

  private void writeReferrer(EventLineWriter out, int r, int ownedAccount) throws IOException {
    SplittableRandom rnd = new SplittableRandom(mix(seed, -1 - r));
    String type = referrerType(r);
    String first = pick(rnd, FIRST);
    String last = pick(rnd, LAST);
    String email;
    String tier = null;
    String accountId = null;
    switch (type) {
      case "CUSTOMER" -> {
        accountId = accountId(ownedAccount);
        email = chance(rnd, 0.85) ? first + "." + last + "@" + primaryDomain(ownedAccount) : null;
      }
      case "PARTNER" -> {
        double p = rnd.nextDouble();
        tier = p < 0.5 ? TIERS[0] : p < 0.85 ? TIERS[1] : TIERS[2];
        String domain =
            chance(rnd, 0.1)
                ? ALLOWED_AGENCY
                : chance(rnd, 0.1) ? pick(rnd, FREE_MAIL) : "partner" + r + "-agency.com";
        email = first + "." + last + "@" + domain;
      }
      default -> email = first + "." + last + "@vendorco.io";
    }
    out.begin("referrer")
        .field("id", String.format(Locale.ROOT, "ref-p%06d", r))
        .field("type", type)
        .field("name", cap(first) + " " + cap(last))
        .field("email", email)
        .field("tier", tier)
        .field("accountId", accountId)
        .end();
  }

  private static String accountId(int a) {
    return String.format(Locale.ROOT, "acc-%06d", a);
  }

  private String currency(int a) {
    double p = new SplittableRandom(mix(seed, a) ^ 0x5DEECE66DL).nextDouble();
    return p < 0.55 ? "USD" : p < 0.75 ? "EUR" : p < 0.90 ? "GBP" : "JPY";
  }

  private String slug(int a) {
    SplittableRandom rnd = new SplittableRandom(mix(seed, a) ^ 0x9E3779B9L);
    return pick(rnd, WORD_A) + pick(rnd, WORD_B) + a;
  }

  /** Public-suffix-aware shapes on purpose: .co.uk, .co.jp, .com.au must reduce correctly. */
  private String primaryDomain(int a) {
    return slug(a)
        + switch (currency(a)) {
          case "GBP" -> ".co.uk";
          case "JPY" -> ".co.jp";
          case "EUR" -> a % 2 == 0 ? ".de" : ".fr";
          default -> a % 5 == 0 ? ".io" : a % 7 == 0 ? ".com.au" : ".com";
        };
  }

  /** One account and everything that happens to it, from its own random stream. */
  private final class AccountStory {
    private final int a;
    private final SplittableRandom rnd;
    private final String id;
    private final String currency;
    private final List<String> domains = new ArrayList<>(2);
    private final List<String> contactEmails = new ArrayList<>(8);
    private Instant churnAt;

    AccountStory(int a) {
      this.a = a;
      this.rnd = new SplittableRandom(mix(seed, a));
      this.id = accountId(a);
      this.currency = currency(a);
      domains.add(primaryDomain(a));
      if (chance(rnd, 0.3)) {
        domains.add(slug(a) + (domains.get(0).endsWith(".co.uk") ? ".com" : ".co.uk"));
      }
    }

    void write(EventLineWriter out) throws IOException {
      String name = cap(slug(a).replaceAll("[0-9]+$", "")) + " " + (a + 1);
      EventLineWriter account =
          out.begin("account").field("id", id).field("name", name).strings("domains", domains);
      if (chance(rnd, 0.7)) {
        account.references("SALESFORCE", "001" + Long.toString(mix(seed, a) & 0xFFFFFFFFFL, 36));
      }
      account.end();
      writeContacts(out);
      Instant[] submitted = new Instant[referralsPerAccount[a]];
      for (int i = 0; i < submitted.length; i++) {
        submitted[i] = START.plusSeconds(rnd.nextLong(REFERRAL_SPAN_DAYS * 86_400L));
      }
      Arrays.sort(submitted);
      for (Instant at : submitted) {
        writeReferral(out, at);
      }
      Instant t0 =
          submitted.length > 0
              ? submitted[0]
              : START.plusSeconds(rnd.nextLong(REFERRAL_SPAN_DAYS * 86_400L));
      boolean payingCustomer = ownerReferrer[a] >= 0;
      if (payingCustomer || chance(rnd, 0.05)) {
        Instant before = payingCustomer ? START : t0;
        writeDealWithPayments(out, before.minus(days(30 + rnd.nextInt(400))), true);
      }
      if (chance(rnd, 0.12)) {
        churnAt = t0.plus(days(120 + rnd.nextInt(600)));
      }
      Instant won = writeDealWithPayments(out, t0.plus(days(rnd.nextInt(21))), false);
      if (submitted.length > 1
          && Duration.between(t0, submitted[submitted.length - 1]).toDays() > 200) {
        writeDealWithPayments(
            out, submitted[submitted.length - 1].plus(days(rnd.nextInt(21))), false);
      }
      if (won != null && chance(rnd, 0.2)) {
        writeDealWithPayments(out, won.plus(days(180 + rnd.nextInt(185))), true);
      }
      if (churnAt != null && !churnAt.isAfter(END)) {
        out.begin("churn").field("accountId", id).field("at", churnAt).end();
      }
    }

    private void writeContacts(EventLineWriter out) throws IOException {
      int n = 3 + rnd.nextInt(6);
      for (int i = 0; i < n; i++) {
        String first = pick(rnd, FIRST);
        String last = pick(rnd, LAST);
        String domain = chance(rnd, 0.1) ? pick(rnd, FREE_MAIL) : pick(rnd, domains);
        String email = first + "." + last + i + "@" + domain;
        contactEmails.add(email);
        List<String> roles = new ArrayList<>(2);
        roles.add(i == 0 ? "CHAMPION" : i == 1 ? "ECONOMIC_BUYER" : pick(rnd, ROLES));
        if (chance(rnd, 0.2) && !roles.contains("DECISION_MAKER")) {
          roles.add("DECISION_MAKER");
        }
        out.begin("contact")
            .field("id", String.format(Locale.ROOT, "con-%07d", nextContact++))
            .field("accountId", id)
            .field("email", email)
            .field("name", cap(first) + " " + cap(last))
            .strings("roles", roles)
            .end();
      }
    }

    private void writeReferral(EventLineWriter out, Instant at) throws IOException {
      int owner = ownerReferrer[a];
      boolean self = owner >= 0 && chance(rnd, 0.5);
      int referrer = self ? owner : rnd.nextInt(referrers);
      double p = rnd.nextDouble();
      Mode mode =
          p < 0.40
              ? Mode.CONTACT_EMAIL
              : p < 0.65
                  ? Mode.DOMAIN
                  : p < 0.80 ? Mode.ACCOUNT_ID : p < 0.90 ? Mode.EMAIL_AND_DOMAIN : Mode.UNMATCHED;
      String email = null;
      String domain = null;
      String accountRef = null;
      String channel;
      switch (mode) {
        case CONTACT_EMAIL -> {
          email = pick(rnd, contactEmails);
          channel = pick(rnd, new String[] {"LINK", "CODE", "INTRO_EMAIL"});
        }
        case DOMAIN -> {
          domain = pick(rnd, domains);
          double q = rnd.nextDouble();
          domain = q < 0.05 ? "www." + domain : q < 0.1 ? domain.toUpperCase(Locale.ROOT) : domain;
          channel = pick(rnd, new String[] {"LINK", "FORM", "OTHER"});
        }
        case ACCOUNT_ID -> {
          accountRef = id;
          channel = "DEAL_REGISTRATION";
        }
        case EMAIL_AND_DOMAIN -> {
          email = pick(rnd, contactEmails);
          domain = domains.get(0);
          channel = "FORM";
        }
        default -> {
          email =
              chance(rnd, 0.5)
                  ? pick(rnd, FIRST) + "." + pick(rnd, LAST) + "@" + pick(rnd, FREE_MAIL)
                  : "info@prospect" + nextReferral + ".com";
          channel = "LINK";
        }
      }
      String referralId = String.format(Locale.ROOT, "rfl-%07d", nextReferral++);
      EventLineWriter line =
          out.begin("referral")
              .field("id", referralId)
              .field("referrerId", String.format(Locale.ROOT, "ref-p%06d", referrer))
              .field("contactEmail", email)
              .field("companyDomain", domain)
              .field("companyName", mode == Mode.UNMATCHED ? null : cap(slug(a)))
              .field("accountId", accountRef)
              .field("channel", channel)
              .field("submittedAt", at);
      double s = rnd.nextDouble();
      if (s < 0.5) {
        line.ref("source", "HUBSPOT", Long.toString(10_000_000L + nextReferral));
      } else if (s < 0.8) {
        line.ref("source", "SALESFORCE", "a0X" + Long.toString(nextReferral * 7919L, 36));
      }
      line.end();
    }

    /**
     * Writes one deal created at {@code createdAt} and, when won, its payments and refunds. {@code
     * alwaysWon} is used for the history of existing customers and for expansions. Returns the
     * close time of a won deal, or null.
     */
    private Instant writeDealWithPayments(EventLineWriter out, Instant createdAt, boolean alwaysWon)
        throws IOException {
      Instant closedAt = createdAt.plus(days(7 + rnd.nextInt(144)));
      double p = rnd.nextDouble();
      String stage = alwaysWon || p < 0.55 ? "CLOSED_WON" : p < 0.80 ? "CLOSED_LOST" : "OPEN";
      if (closedAt.isAfter(END) || (churnAt != null && closedAt.isAfter(churnAt))) {
        stage = "OPEN";
      }
      if (createdAt.isAfter(END)) {
        return null;
      }
      double t = rnd.nextDouble();
      int termMonths = t < 0.6 ? 12 : t < 0.85 ? 24 : 36;
      BigDecimal amount = dealAmount();
      String dealId = String.format(Locale.ROOT, "deal-%07d", nextDeal++);
      EventLineWriter deal =
          out.begin("deal")
              .field("id", dealId)
              .field("accountId", id)
              .field("amount", amount)
              .field("currency", currency);
      if (termMonths != 12 || chance(rnd, 0.7)) {
        deal.field("termMonths", termMonths);
      }
      deal.field("stage", stage)
          .field("createdAt", createdAt)
          .field("closedAt", stage.equals("OPEN") ? null : closedAt)
          .end();
      if (!stage.equals("CLOSED_WON")) {
        return null;
      }
      writePayments(out, dealId, amount, termMonths, closedAt);
      return closedAt;
    }

    private BigDecimal dealAmount() {
      if (currency.equals("JPY")) {
        return BigDecimal.valueOf(600_000L + rnd.nextLong(14_400_000L) / 1000 * 1000);
      }
      return BigDecimal.valueOf(6_000L + rnd.nextLong(144_000L) / 10 * 10).setScale(2);
    }

    private void writePayments(
        EventLineWriter out, String dealId, BigDecimal amount, int termMonths, Instant closedAt)
        throws IOException {
      double k = rnd.nextDouble();
      int subscriptions = k < 0.10 ? 1 : k < 0.30 ? 2 : k < 0.65 ? 3 : 4;
      int scale = currency.equals("JPY") ? 0 : 2;
      BigDecimal monthly =
          amount.divide(
              BigDecimal.valueOf((long) termMonths * subscriptions), scale, RoundingMode.HALF_EVEN);
      int months = 12 + rnd.nextInt(13);
      for (int s = 0; s < subscriptions; s++) {
        String subscription = String.format(Locale.ROOT, "sub_%07d", nextSubscription++);
        Instant first = closedAt.plus(days(rnd.nextInt(21)));
        boolean linked = chance(rnd, 0.85);
        for (int m = 0; m < months; m++) {
          Instant paidAt =
              first.atZone(ZoneOffset.UTC).plusMonths(m).toInstant().plusSeconds(rnd.nextInt(7200));
          if (paidAt.isAfter(END) || (churnAt != null && paidAt.isAfter(churnAt))) {
            break;
          }
          String paymentId = String.format(Locale.ROOT, "pay-%08d", nextPayment++);
          out.begin("payment")
              .field("id", paymentId)
              .field("accountId", id)
              .field("dealId", linked ? dealId : null)
              .field("amount", monthly)
              .field("currency", currency)
              .field("paidAt", paidAt)
              .field("subscriptionId", subscription)
              .end();
          if (chance(rnd, 0.015)) {
            BigDecimal refunded =
                chance(rnd, 0.6)
                    ? monthly
                    : monthly
                        .multiply(BigDecimal.valueOf(10 + rnd.nextInt(41)))
                        .divide(BigDecimal.valueOf(100), scale, RoundingMode.HALF_EVEN);
            out.begin("refund")
                .field("id", String.format(Locale.ROOT, "rfd-%07d", nextRefund++))
                .field("paymentId", paymentId)
                .field("amount", refunded)
                .field("at", paidAt.plus(days(1 + rnd.nextInt(30))))
                .end();
          }
        }
      }
    }
  }

  private static Duration days(long n) {
    return Duration.ofDays(n);
  }

  private static boolean chance(SplittableRandom rnd, double p) {
    return rnd.nextDouble() < p;
  }

  private static String pick(SplittableRandom rnd, String[] values) {
    return values[rnd.nextInt(values.length)];
  }

  private static String pick(SplittableRandom rnd, List<String> values) {
    return values.get(rnd.nextInt(values.size()));
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * A per-record seed: independent streams for every account and referrer (SplitMix64 finalizer).
   */
  private static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

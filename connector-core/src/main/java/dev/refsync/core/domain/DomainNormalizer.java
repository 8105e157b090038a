package dev.refsync.core.domain;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.net.InternetDomainName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reduces domains, hosts, URLs and e-mail addresses to the lower-cased registrable domain that
 * identifies a company, and tells free-mail domains apart (DESIGN 3, "Domains").
 *
 * <p>The registrable domain comes from Guava's {@link InternetDomainName#topPrivateDomain()}, which
 * knows the public-suffix list: {@code https://www.Acme.co.uk/path} becomes {@code acme.co.uk}, not
 * {@code co.uk}. Input that has no registrable domain (blank, an IP address, a bare public suffix,
 * a host under no known suffix such as {@code intranet.local}) gives {@link Optional#empty()};
 * nothing here throws on bad input, because referral forms and CRMs are full of it.
 */
public final class DomainNormalizer {
  /** Classpath resource with the shipped list of consumer mail providers. */
  public static final String FREE_MAIL_RESOURCE = "free-mail-domains.txt";

  /**
   * Registrable domains by host. Hosts repeat heavily (every contact of a company shares one) and
   * the public-suffix lookup dominates attribution time, so results are memoized; the function is
   * pure, so the cache cannot change a result. Bounded so a long-running daemon cannot grow it.
   */
  private static final int CACHED_HOSTS = 100_000;

  private final Set<String> freeMailDomains;
  private final LoadingCache<String, Optional<String>> registrableByHost =
      CacheBuilder.newBuilder()
          .maximumSize(CACHED_HOSTS)
          .build(CacheLoader.from(DomainNormalizer::topPrivateDomain));

  /**
   * @param freeMailDomains domains of consumer mail providers; entries are trimmed and lower-cased,
   *     and their subdomains count as free-mail too
   */
  public DomainNormalizer(Set<String> freeMailDomains) {
    Set<String> normalized = new HashSet<>();
    for (String domain : freeMailDomains) {
      String entry = stripTrailingDot(domain.trim().toLowerCase(Locale.ROOT));
      if (!entry.isEmpty()) {
        normalized.add(entry);
      }
    }
    this.freeMailDomains = Set.copyOf(normalized);
  }

  /** With the shipped free-mail list ({@value #FREE_MAIL_RESOURCE} next to this class). */
  public static DomainNormalizer withDefaultFreeMailList() {
    return new DomainNormalizer(ShippedList.DOMAINS);
  }

  /** The free-mail domains this normalizer knows, normalized. */
  public Set<String> freeMailDomains() {
    return freeMailDomains;
  }

  /**
   * Lower-cased registrable domain of a domain, host, URL or e-mail address (the part after the
   * last {@code @}); empty when it has none.
   */
  public Optional<String> registrableDomain(String domainOrUrl) {
    return host(domainOrUrl).flatMap(registrableByHost::getUnchecked);
  }

  /** Registrable domain of an e-mail address's domain part; empty when it has none. */
  public Optional<String> emailDomain(String email) {
    return emailHost(email).flatMap(registrableByHost::getUnchecked);
  }

  /**
   * True when the domain, or any domain it is a subdomain of, is a free-mail provider's and so
   * identifies no company. Accepts the same forms as {@link #registrableDomain(String)}.
   */
  public boolean isFreeMail(String domain) {
    return host(domain).map(this::isFreeMailHost).orElse(false);
  }

  /** True when the e-mail address is at a free-mail provider (or a subdomain of one). */
  public boolean isFreeMailAddress(String email) {
    return emailHost(email).map(this::isFreeMailHost).orElse(false);
  }

  /** Trimmed, lower-cased e-mail address, for exact comparisons; empty when it is not one. */
  public static Optional<String> normalizeEmail(String email) {
    if (email == null) {
      return Optional.empty();
    }
    String trimmed = email.trim().toLowerCase(Locale.ROOT);
    int at = trimmed.lastIndexOf('@');
    if (at <= 0 || at == trimmed.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(trimmed);
  }

  private boolean isFreeMailHost(String host) {
    // Walk up the labels (mail.yahoo.co.jp, yahoo.co.jp, co.jp, jp) so a provider's subdomains are
    // free-mail too, whatever the public-suffix list says about the provider's own domain.
    String candidate = host;
    while (true) {
      if (freeMailDomains.contains(candidate)) {
        return true;
      }
      int dot = candidate.indexOf('.');
      if (dot < 0) {
        return false;
      }
      candidate = candidate.substring(dot + 1);
    }
  }

  private static Optional<String> emailHost(String email) {
    return normalizeEmail(email).flatMap(e -> host(e.substring(e.lastIndexOf('@') + 1)));
  }

  /** The lower-cased host named by a domain, host, URL or e-mail address, without {@code www.}. */
  private static Optional<String> host(String input) {
    if (input == null) {
      return Optional.empty();
    }
    String text = input.trim().toLowerCase(Locale.ROOT);
    if (text.contains("://")) {
      text = urlHost(text);
    } else {
      int at = text.lastIndexOf('@');
      if (at >= 0) {
        text = text.substring(at + 1);
      }
      text = cutAtFirst(text, "/?#");
      text = cutPort(text);
    }
    text = stripTrailingDot(text);
    if (text.startsWith("www.")) {
      text = text.substring("www.".length());
    }
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static String urlHost(String url) {
    try {
      String host = new URI(url).getHost();
      return host == null ? "" : host;
    } catch (URISyntaxException e) {
      // Not a URL after all (for example a space in it): nothing identifies a company.
      return "";
    }
  }

  private static String cutAtFirst(String text, String stopChars) {
    for (int i = 0; i < text.length(); i++) {
      if (stopChars.indexOf(text.charAt(i)) >= 0) {
        return text.substring(0, i);
      }
    }
    return text;
  }

  private static String cutPort(String text) {
    int colon = text.lastIndexOf(':');
    if (colon < 0) {
      return text;
    }
    String port = text.substring(colon + 1);
    return port.chars().allMatch(Character::isDigit) ? text.substring(0, colon) : text;
  }

  private static String stripTrailingDot(String text) {
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  private static Optional<String> topPrivateDomain(String host) {
    if (!InternetDomainName.isValid(host)) {
      return Optional.empty();
    }
    InternetDomainName name = InternetDomainName.from(host);
    if (!name.isUnderPublicSuffix()) {
      // A bare public suffix (co.uk), or a host under no known suffix (intranet.local, localhost).
      return Optional.empty();
    }
    return Optional.of(name.topPrivateDomain().toString());
  }

  /** The shipped list, read once; a missing resource is a packaging bug, not bad input. */
  private static final class ShippedList {
    static final Set<String> DOMAINS = read();

    private static Set<String> read() {
      InputStream in = DomainNormalizer.class.getResourceAsStream(FREE_MAIL_RESOURCE);
      if (in == null) {
        throw new IllegalStateException(
            "The free-mail list "
                + FREE_MAIL_RESOURCE
                + " is missing from the classpath next to "
                + DomainNormalizer.class.getName()
                + "; rebuild connector-core.");
      }
      Set<String> domains = new HashSet<>();
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          String entry = cutAtFirst(line, "#").trim();
          if (!entry.isEmpty()) {
            domains.add(entry);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(
            "Could not read the free-mail list " + FREE_MAIL_RESOURCE, e);
      }
      return Set.copyOf(domains);
    }
  }
}

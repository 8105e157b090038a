package dev.refsync.hubspot.webhook;

import java.util.Locale;
import java.util.Map;

/**
 * The request URI as HubSpot signs it for v3 (developers.hubspot.com, "Validating requests →
 * Validate the v3 request signature"): the full URI of the request (scheme, host, path, query) with
 * these URL-encoded characters decoded first: {@code %3A :}, {@code %2F /}, {@code %3F ?}, {@code
 * %40 @}, {@code %21 !}, {@code %24 $}, {@code %27 '}, {@code %28 (}, {@code %29 )}, {@code %2A *},
 * {@code %2C ,}, {@code %3B ;}. Every other escape (e.g. {@code %20}, {@code %25}) stays as sent.
 */
final class SignedUri {
  private static final Map<String, Character> DECODED =
      Map.ofEntries(
          Map.entry("3A", ':'),
          Map.entry("2F", '/'),
          Map.entry("3F", '?'),
          Map.entry("40", '@'),
          Map.entry("21", '!'),
          Map.entry("24", '$'),
          Map.entry("27", '\''),
          Map.entry("28", '('),
          Map.entry("29", ')'),
          Map.entry("2A", '*'),
          Map.entry("2C", ','),
          Map.entry("3B", ';'));

  private SignedUri() {}

  /** {@code uri} with HubSpot's listed escapes decoded (hex digits in either case). */
  static String canonical(String uri) {
    StringBuilder out = new StringBuilder(uri.length());
    int i = 0;
    while (i < uri.length()) {
      char c = uri.charAt(i);
      if (c == '%' && i + 2 < uri.length()) {
        Character decoded = DECODED.get(uri.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
        if (decoded != null) {
          out.append(decoded.charValue());
          i += 3;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}

package dev.refsync.hubspot.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HubSpot decodes a listed set of escapes before signing the URI (v3 validation docs). */
class SignedUriTest {

  @Test
  void decodesEveryListedEscape() {
    assertThat(SignedUri.canonical("https://h.example/hook?a=%3A%2F%3F%40%21%24%27%28%29%2A%2C%3B"))
        .isEqualTo("https://h.example/hook?a=:/?@!$'()*,;");
  }

  @Test
  void hexDigitsMatchInEitherCase() {
    assertThat(SignedUri.canonical("https://h.example/a%3ab%2fc"))
        .isEqualTo("https://h.example/a:b/c");
  }

  @Test
  void keepsEscapesHubSpotDoesNotList() {
    assertThat(SignedUri.canonical("https://h.example/a%20b%25c%3D%2B"))
        .isEqualTo("https://h.example/a%20b%25c%3D%2B");
  }

  @Test
  void aTruncatedEscapeAtTheEndIsKeptAsIs() {
    assertThat(SignedUri.canonical("https://h.example/a%3")).isEqualTo("https://h.example/a%3");
    assertThat(SignedUri.canonical("https://h.example/a%")).isEqualTo("https://h.example/a%");
  }

  @Test
  void aPlainUriIsUnchanged() {
    String uri = "https://h.example:8443/webhooks/hubspot?tenant=acme";
    assertThat(SignedUri.canonical(uri)).isEqualTo(uri);
  }
}

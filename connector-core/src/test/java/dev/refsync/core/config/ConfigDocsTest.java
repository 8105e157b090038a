package dev.refsync.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigDocsTest {
  record Documented(@Doc("Where to connect.") String url, @Doc("How many at once.") int size) {}

  record Partly(@Doc("Where to connect.") String url, @Doc("  ") String blank, int bare) {}

  @Test
  void readsDocsInDeclarationOrder() {
    assertThat(ConfigDocs.of(Documented.class))
        .containsExactly(
            java.util.Map.entry("url", "Where to connect."),
            java.util.Map.entry("size", "How many at once."));
    assertThat(ConfigDocs.undocumented(Documented.class)).isEmpty();
  }

  @Test
  void namesBlankAndMissingDocs() {
    assertThat(ConfigDocs.undocumented(Partly.class))
        .containsExactly("Partly.blank", "Partly.bare");
  }
}

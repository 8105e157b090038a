package dev.refsync.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PathPatternTest {

  @Test
  void extractsNamedSegments() {
    PathPattern p = new PathPattern("/crm/v3/objects/{objectType}/{objectId}");

    assertThat(p.match("/crm/v3/objects/contacts/1001"))
        .contains(Map.of("objectType", "contacts", "objectId", "1001"));
  }

  @Test
  void aParameterMatchesExactlyOneSegment() {
    PathPattern p = new PathPattern("/crm/v3/objects/{objectType}/{objectId}");

    assertThat(p.match("/crm/v3/objects/contacts")).isEmpty();
    assertThat(p.match("/crm/v3/objects/contacts/1/extra")).isEmpty();
  }

  @Test
  void literalCharactersAreNotRegex() {
    PathPattern p = new PathPattern("/v1/a.b/{id}");

    assertThat(p.match("/v1/aXb/1")).isEmpty();
    assertThat(p.match("/v1/a.b/1")).contains(Map.of("id", "1"));
  }

  @Test
  void toleratesATrailingSlash() {
    assertThat(new PathPattern("/crm/v3/schemas").match("/crm/v3/schemas/")).contains(Map.of());
  }
}

package dev.refsync.salesforce.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ContactRolesTest {

  @Test
  void roleNamesBecomeUpperSnakeCase() {
    assertThat(ContactRoles.canonical("Decision Maker")).isEqualTo("DECISION_MAKER");
    assertThat(ContactRoles.canonical(" Economic  Buyer ")).isEqualTo("ECONOMIC_BUYER");
    assertThat(ContactRoles.canonical("Technical/Evaluator")).isEqualTo("TECHNICAL_EVALUATOR");
  }

  @Test
  void idsAreQueriedInSortedDistinctChunks() {
    List<String> ids = new ArrayList<>();
    IntStream.range(0, 701).forEach(i -> ids.add(String.format("003%015d", i)));
    ids.add(ids.get(0));
    List<Integer> sizes = new ArrayList<>();

    ContactRoles.forEachChunk(ids, chunk -> sizes.add(chunk.size()));

    assertThat(sizes).containsExactly(300, 300, 101);
  }
}

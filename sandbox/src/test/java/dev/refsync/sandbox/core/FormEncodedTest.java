package dev.refsync.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormEncodedTest {

  @Test
  void nestedKeysBecomeObjects() {
    var tree = FormEncoded.parse("email=a%40b.example&metadata[plan]=gold&metadata[tier]=2");
    assertThat(tree.get("email").asText()).isEqualTo("a@b.example");
    assertThat(tree.at("/metadata/plan").asText()).isEqualTo("gold");
    assertThat(tree.at("/metadata/tier").asText()).isEqualTo("2");
  }

  @Test
  void appendAndIndexedArraysBothBecomeArraysInOrder() {
    assertThat(FormEncoded.parse("expand[]=customer&expand[]=charge").get("expand").toString())
        .isEqualTo("[\"customer\",\"charge\"]");
    assertThat(FormEncoded.parse("types[1]=b&types[0]=a").get("types").toString())
        .isEqualTo("[\"a\",\"b\"]");
  }

  @Test
  void deepIndexedStructures() {
    var tree =
        FormEncoded.parse(
            "items[0][price_data][unit_amount]=1000&items[0][price_data][recurring][interval]=month"
                + "&items[1][quantity]=2");
    assertThat(tree.at("/items/0/price_data/unit_amount").asText()).isEqualTo("1000");
    assertThat(tree.at("/items/0/price_data/recurring/interval").asText()).isEqualTo("month");
    assertThat(tree.at("/items/1/quantity").asText()).isEqualTo("2");
  }

  @Test
  void emptyValueIsKeptAsEmptyString() {
    var tree = FormEncoded.parse("metadata[old]=&description=");
    assertThat(tree.at("/metadata/old").asText()).isEmpty();
    assertThat(tree.get("description").asText()).isEmpty();
  }

  @Test
  void keyUsedAsBothValueAndContainerIsRejectedNamingTheKey() {
    assertThatThrownBy(() -> FormEncoded.parse("metadata=x&metadata[a]=b"))
        .isInstanceOf(FormEncoded.MalformedFormException.class)
        .hasMessageContaining("metadata[a]");
    assertThatThrownBy(() -> FormEncoded.parse("a[b=c"))
        .isInstanceOf(FormEncoded.MalformedFormException.class)
        .hasMessageContaining("unclosed");
  }

  @Test
  void emptyInputIsAnEmptyObject() {
    assertThat(FormEncoded.parse((String) null)).isEmpty();
    assertThat(FormEncoded.parse("")).isEmpty();
  }
}

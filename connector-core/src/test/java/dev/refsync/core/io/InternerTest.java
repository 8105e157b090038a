package dev.refsync.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Interning from a parser's character buffer gives the same canonical strings as from strings. */
class InternerTest {
  private static char[] padded(String s) {
    return ("<<" + s + ">>").toCharArray();
  }

  @Test
  void charsAndStringsShareOneInstance() {
    Interner interner = new Interner();
    String first = interner.intern(new String("acc-000123"));

    String fromChars = interner.intern(padded("acc-000123"), 2, "acc-000123".length());

    assertThat(fromChars).isSameAs(first);
    assertThat(interner.intern(new String(fromChars))).isSameAs(first);
  }

  @Test
  void charsSeenFirstBecomeTheCanonicalInstance() {
    Interner interner = new Interner();
    String fromChars = interner.intern(padded("ÉUR-ü"), 2, 5);

    assertThat(fromChars).isEqualTo("ÉUR-ü");
    assertThat(interner.intern(new String("ÉUR-ü"))).isSameAs(fromChars);
  }

  @Test
  void valuesThatDifferOnlyInLengthOrOneCharStayDistinct() {
    Interner interner = new Interner();
    char[] buf = "acc-1acc-12acc-2".toCharArray();

    String a1 = interner.intern(buf, 0, 5);
    String a12 = interner.intern(buf, 5, 6);
    String a2 = interner.intern(buf, 11, 5);

    assertThat(a1).isEqualTo("acc-1");
    assertThat(a12).isEqualTo("acc-12");
    assertThat(a2).isEqualTo("acc-2");
    assertThat(interner.intern(buf, 0, 0)).isEmpty();
  }

  @Test
  void everyValueSurvivesTheTableGrowing() {
    Interner interner = new Interner();
    String[] canonical = new String[20_000];
    for (int i = 0; i < canonical.length; i++) {
      char[] chars = ("id-" + i).toCharArray();
      canonical[i] = interner.intern(chars, 0, chars.length);
    }

    for (int i = 0; i < canonical.length; i++) {
      assertThat(interner.intern(new String("id-" + i))).isSameAs(canonical[i]);
    }
  }
}

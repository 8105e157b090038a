package dev.refsync.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The scanner is only a shortcut: on every line it accepts, it must read exactly what Jackson's
 * path reads (values, typed values, lists, references, problems), and it must accept the plain
 * lines events files consist of. Lines are generated from every value shape the events format
 * allows or a writer might get wrong, then mutated byte by byte.
 */
class FlatLineScannerProperties {

  @Property(tries = 3000)
  void acceptedLinesReadAsJacksonReadsThem(@ForAll("lines") String line) {
    Statistics.collect(assertAgrees(line) ? "accepted" : "declined");
    // Both outcomes must be common, or the property checks too little of either.
    Statistics.coverage(
        c -> {
          c.check("accepted").percentage(p -> p > 15);
          c.check("declined").percentage(p -> p > 15);
        });
  }

  @Property(tries = 3000)
  void mutatedLinesAreDeclinedOrReadAsJacksonReadsThem(
      @ForAll("lines") String line,
      @ForAll @IntRange(min = 0, max = 10_000) int position,
      @ForAll("mutations") String mutation,
      @ForAll boolean replace) {
    int at = line.isEmpty() ? 0 : position % line.length();
    String mutated =
        line.substring(0, at)
            + mutation
            + line.substring(Math.min(line.length(), at + (replace ? 1 : 0)));
    Statistics.collect(assertAgrees(mutated) ? "accepted" : "declined");
    Statistics.coverage(c -> c.check("accepted").percentage(p -> p > 5));
  }

  @Property(tries = 1000)
  void plainLinesAreTakenByTheScanner(@ForAll("plainLines") String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    FlatLineScanner scanner =
        new FlatLineScanner(new StringValues(new Interner(), new DecimalCache()));

    assertThat(scanner.scan(bytes, 0, bytes.length, new RawEvent())).as(line).isTrue();
  }

  /** Returns whether the scanner took the line. */
  private static boolean assertAgrees(String line) {
    byte[] bytes = ("  " + line + "  ").getBytes(StandardCharsets.UTF_8);
    int off = 2;
    int len = bytes.length - 4;
    RawEvent scanned = new RawEvent();
    boolean accepted =
        new FlatLineScanner(new StringValues(new Interner(), new DecimalCache()))
            .scan(bytes, off, len, scanned);
    if (!accepted) {
      return false;
    }
    RawEvent read = new RawEvent();
    boolean jackson =
        new EventLineParser(new JsonFactory(), new Interner(), new DecimalCache())
            .parseWithJackson(bytes, off, len, read);

    assertThat(jackson).as("Jackson reads the line the scanner accepted: %s", line).isTrue();
    assertThat(contentOf(scanned)).as(line).isEqualTo(contentOf(read));
    return true;
  }

  /** Everything a RawEvent holds, in a comparable form. */
  private static List<Object> contentOf(RawEvent raw) {
    List<Object> content = new ArrayList<>();
    for (Field f : Field.values()) {
      content.add(Arrays.asList(f, raw.get(f), raw.typed(f), raw.isMalformed(f)));
      if (raw.typed(f) instanceof java.math.BigDecimal d) {
        content.add(d.scale());
      }
    }
    content.add(List.copyOf(raw.domains));
    content.add(List.copyOf(raw.roles));
    content.add(List.copyOf(raw.references));
    content.add(String.valueOf(raw.source));
    content.add(List.copyOf(raw.problems));
    return content;
  }

  @Provide
  Arbitrary<String> mutations() {
    return Arbitraries.of(
        "", "\"", "\\", ",", ":", "{", "}", "[", "]", " ", "\t", "0", "-", ".", "e", "+", "n", "é",
        "\u0001", "\u007f", "\\u0041", "null", "x");
  }

  @Provide
  Arbitrary<String> lines() {
    return members(anyValue(), false).map(FlatLineScannerProperties::object);
  }

  @Provide
  Arbitrary<String> plainLines() {
    return members(plainValue(), true).map(FlatLineScannerProperties::object);
  }

  private static String object(List<String> members) {
    return "{" + String.join(",", members) + "}";
  }

  /**
   * Object members; {@code plain} keeps to what the scanner reads (list members hold strings,
   * reference members objects), otherwise any value may appear under any name.
   */
  private static Arbitrary<List<String>> members(Arbitrary<String> scalar, boolean plain) {
    Arbitrary<String> strings =
        plain
            ? plainString().list().ofMaxSize(3).map(v -> "[" + String.join(", ", v) + "]")
            : stringArray(scalar);
    Arbitrary<String> member =
        Arbitraries.oneOf(
            Combinators.combine(plain ? scalarNames() : names(), space(), space(), scalar)
                .as((n, s1, s2, v) -> quoted(n) + s1 + ":" + s2 + v),
            Arbitraries.of("domains", "roles").flatMap(n -> strings.map(v -> quoted(n) + ":" + v)),
            reference(scalar).map(v -> "\"source\":" + v),
            reference(scalar)
                .list()
                .ofMaxSize(3)
                .map(refs -> "\"references\":[" + String.join(",", refs) + "]"));
    return member.list().ofMaxSize(9);
  }

  private static Arbitrary<String> names() {
    return Arbitraries.oneOf(
        scalarNames(), Arbitraries.of("domains", "roles", "source", "references"));
  }

  private static Arbitrary<String> scalarNames() {
    List<String> names = new ArrayList<>();
    for (Field f : Field.values()) {
      names.add(f.jsonName);
    }
    names.addAll(List.of("unknownColumn", "", "Kind"));
    return Arbitraries.of(names);
  }

  private static Arbitrary<String> stringArray(Arbitrary<String> scalar) {
    return Arbitraries.oneOf(
        scalar.list().ofMaxSize(3).map(v -> "[" + String.join(", ", v) + "]"),
        Arbitraries.just("null"),
        scalar);
  }

  private static Arbitrary<String> reference(Arbitrary<String> scalar) {
    Arbitrary<String> key = Arbitraries.of("system", "id", "other");
    return Combinators.combine(key, scalar)
        .as((k, v) -> quoted(k) + ": " + v)
        .list()
        .ofMaxSize(3)
        .map(members -> "{" + String.join(",", members) + "}");
  }

  private static Arbitrary<String> space() {
    return Arbitraries.of("", "", " ", "\t", " \r");
  }

  private static Arbitrary<String> plainString() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .excludeChars('"', '\\')
        .ofMaxLength(20)
        .map(FlatLineScannerProperties::quoted);
  }

  private static Arbitrary<String> plainValue() {
    return Arbitraries.oneOf(
        plainString(),
        Arbitraries.of(
            "\"2024-02-23T00:47:41Z\"",
            "\"2024-02-29T23:59:59.5Z\"",
            "\"150.14\"",
            "\"USD\"",
            "\"acc-000001\"",
            "36",
            "-1",
            "0.5",
            "1.5E+3",
            "12e-2",
            "true",
            "false",
            "null"));
  }

  private static Arbitrary<String> anyValue() {
    return Arbitraries.oneOf(
        plainValue(),
        Arbitraries.strings().ofMaxLength(12).map(FlatLineScannerProperties::quotedEscaped),
        Arbitraries.of(
            "01",
            "+1",
            "-",
            "-0",
            "-0.5",
            "1.",
            ".5",
            "1e",
            "1e+",
            "NaN",
            "tru",
            "nul",
            "truex",
            "1x",
            "--1",
            "\"a\\\"b\"",
            "\"caf\u00e9\"",
            "\"tab\there\"",
            "\"\\u0041\"",
            "{}",
            "[]",
            "{\"a\":1}",
            "[1,2]",
            "[\"x\",]",
            "\"" + "9".repeat(600) + "\"",
            "9".repeat(600),
            "\"2024-13-01T00:00:00Z\"",
            "\"2024-02-23T00:47:41+01:00\"",
            "\"1,000.00\""));
  }

  private static String quoted(String s) {
    return "\"" + s + "\"";
  }

  /** A JSON string with whatever escapes its characters need. */
  private static String quotedEscaped(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}

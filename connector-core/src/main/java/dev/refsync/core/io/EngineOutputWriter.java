package dev.refsync.core.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.refsync.core.engine.EngineResult;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Credit;
import dev.refsync.core.model.Rejection;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Writes an {@link EngineResult} as the JSON of DESIGN 7, streaming, pretty-printed.
 *
 * <p>Field names and order are exactly the contract's. Shares and amounts are strings with their
 * scale ({@code "1.000000"}, {@code "1200.00"}), instants ISO-8601 UTC, absent values {@code null}.
 *
 * <p>Extension to DESIGN 7, always after the contract fields so a reader of the contract can ignore
 * them: each attribution has {@code "trail"} (the rules that decided it, as sentences), each
 * rejection {@code "detail"}, each commission {@code "explanation"}.
 */
public final class EngineOutputWriter {
  private final JsonFactory factory =
      new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** Writes {@code result} to {@code out} as UTF-8 and flushes it; does not close it. */
  public void write(EngineResult result, OutputStream out) throws IOException {
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      write(result, g);
    }
  }

  /** Writes {@code result} to {@code out} and flushes it; does not close it. */
  public void write(EngineResult result, Writer out) throws IOException {
    try (JsonGenerator g = factory.createGenerator(out)) {
      write(result, g);
    }
  }

  private static void write(EngineResult result, JsonGenerator g) throws IOException {
    g.setPrettyPrinter(prettyPrinter());
    g.writeStartObject();
    g.writeArrayFieldStart("attributions");
    for (Attribution a : result.attributions()) {
      attribution(g, a);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rejections");
    for (Rejection r : result.rejections()) {
      rejection(g, r);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("commissions");
    char[] timeText = new char[InstantText.MAX_LENGTH];
    for (CommissionEntry c : result.commissions()) {
      commission(g, c, timeText);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    pp.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    return pp;
  }

  private static void attribution(JsonGenerator g, Attribution a) throws IOException {
    g.writeStartObject();
    g.writeStringField("dealId", a.dealId());
    g.writeStringField("model", a.model().name());
    g.writeArrayFieldStart("credits");
    for (Credit c : a.credits()) {
      g.writeStartObject();
      g.writeStringField("referralId", c.referralId());
      g.writeStringField("referrerId", c.referrerId());
      decimal(g, "share", c.share());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("trail");
    for (String step : a.trail()) {
      g.writeString(step);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void rejection(JsonGenerator g, Rejection r) throws IOException {
    g.writeStartObject();
    g.writeStringField("dealId", r.dealId());
    g.writeStringField("referralId", r.referralId());
    g.writeStringField("reason", r.reason().name());
    g.writeStringField("detail", r.detail());
    g.writeEndObject();
  }

  private static void commission(JsonGenerator g, CommissionEntry c, char[] buf)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("referrerId", c.referrerId());
    g.writeStringField("referralId", c.referralId());
    g.writeStringField("planId", c.planId());
    g.writeStringField("dealId", c.dealId());
    g.writeStringField("paymentId", c.paymentId());
    g.writeStringField("kind", c.kind().name());
    decimal(g, "amount", c.amount());
    g.writeStringField("currency", c.currency());
    instant(g, "earnedAt", c.earnedAt(), buf);
    instant(g, "payableAt", c.payableAt(), buf);
    g.writeStringField("status", c.status().name());
    g.writeStringField("explanation", c.explanation());
    g.writeEndObject();
  }

  private static void decimal(JsonGenerator g, String name, BigDecimal value) throws IOException {
    g.writeStringField(name, value == null ? null : value.toPlainString());
  }

  private static void instant(JsonGenerator g, String name, Instant value, char[] buf)
      throws IOException {
    int length = value == null ? -1 : InstantText.write(value, buf);
    if (length < 0) {
      g.writeStringField(name, value == null ? null : value.toString());
    } else {
      g.writeFieldName(name);
      g.writeString(buf, 0, length);
    }
  }
}

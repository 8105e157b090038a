package dev.refsync.deploy.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code REFSYNC_LOG_FORMAT=json} turns the shipped logback.xml into one JSON object per line. */
class JsonLogsTest {

  @Test
  void theJsonFormatWritesOneLogstashObjectPerLine() throws Exception {
    String json = logWith("json");
    JsonNode line = new ObjectMapper().readTree(json.lines().findFirst().orElseThrow());

    assertThat(line.path("message").asText()).isEqualTo("pulled 3 records");
    assertThat(line.path("level").asText()).isEqualTo("WARN");
    assertThat(line.path("logger_name").asText()).isEqualTo("dev.refsync.test");
  }

  @Test
  void theDefaultIsOneReadableLine() throws Exception {
    assertThat(logWith(null)).contains("WARN  dev.refsync.test - pulled 3 records");
  }

  private static String logWith(String format) throws Exception {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    if (format != null) {
      context.putProperty("REFSYNC_LOG_FORMAT", format);
    }
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      JoranConfigurator configurator = new JoranConfigurator();
      configurator.setContext(context);
      URL config = JsonLogsTest.class.getResource("/logback.xml");
      configurator.doConfigure(config);
      Logger logger = context.getLogger("dev.refsync.test");
      logger.warn("pulled {} records", 3);
      context.stop();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}

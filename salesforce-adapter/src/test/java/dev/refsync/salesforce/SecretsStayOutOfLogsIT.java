package dev.refsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.salesforce.provision.SalesforceProvisioner;
import dev.refsync.salesforce.support.EmulatedOrg;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** DESIGN 11: no secret reaches a log, an exception message or a toString. */
class SecretsStayOutOfLogsIT {
  private final EmulatedOrg org = new EmulatedOrg();
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Level previous;

  @BeforeEach
  void capture() {
    previous = root.getLevel();
    root.setLevel(Level.DEBUG);
    logs.start();
    root.addAppender(logs);
  }

  @AfterEach
  void release() {
    root.detachAppender(logs);
    root.setLevel(previous);
    org.close();
  }

  @Test
  void neitherTheKeyNorAnyTokenIsLoggedOrQuoted() {
    List<String> texts = new ArrayList<>();
    org.rest.query("SELECT Id FROM Account");
    String firstToken = org.auth.session().accessToken().reveal();
    org.sf.expireAllSessions();
    org.rest.query("SELECT Id FROM Account");
    String secondToken = org.auth.session().accessToken().reveal();
    new SalesforceProvisioner(org.metadata, DefaultMappings.load(SystemName.SALESFORCE)).apply();
    org.sf.faults().failNext(2, 401, "query");
    assertThatThrownBy(() -> org.rest.query("SELECT Id FROM Account"))
        .isInstanceOfSatisfying(ConnectorApiException.class, e -> texts.add(e.getMessage()));
    texts.add(org.config.toString());
    texts.add(org.auth.session().toString());
    for (ILoggingEvent event : logs.list) {
      texts.add(event.getFormattedMessage());
      if (event.getThrowableProxy() != null) {
        texts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
    }

    String pemBody = org.config.privateKey().reveal().lines().skip(1).findFirst().orElseThrow();
    assertThat(logs.list).isNotEmpty();
    assertThat(texts)
        .isNotEmpty()
        .allSatisfy(
            text ->
                assertThat(text)
                    .doesNotContain(firstToken)
                    .doesNotContain(secondToken)
                    .doesNotContain(pemBody));
  }
}

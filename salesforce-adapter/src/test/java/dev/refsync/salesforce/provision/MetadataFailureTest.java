package dev.refsync.salesforce.provision;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.ws.ConnectionException;
import com.sforce.ws.SoapFaultException;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.core.error.QuotaExhaustedException;
import dev.refsync.core.error.UpstreamServerException;
import java.io.IOException;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class MetadataFailureTest {
  private static final String SF = "urn:fault.partner.soap.sforce.com";

  private static ConnectorApiException fault(String code) {
    return MetadataClient.failure(
        "createMetadata", new SoapFaultException(new QName(SF, code), code + ": boom"));
  }

  @Test
  void serverFaultsAndTransportFailuresAreUpstreamFailures() {
    assertThat(fault("UNKNOWN_EXCEPTION")).isInstanceOf(UpstreamServerException.class);
    assertThat(fault("SERVER_UNAVAILABLE")).isInstanceOf(UpstreamServerException.class);
    ConnectorApiException io =
        MetadataClient.failure(
            "readMetadata",
            new ConnectionException("Failed to send request", new IOException("reset")));
    assertThat(io).isInstanceOf(UpstreamServerException.class);
    assertThat(io.getMessage()).contains("readMetadata");
  }

  @Test
  void aSpentAllocationIsQuotaExhaustion() {
    assertThat(fault("REQUEST_LIMIT_EXCEEDED")).isInstanceOf(QuotaExhaustedException.class);
  }

  @Test
  void otherFaultsArePermanentAndKeepTheirCode() {
    ConnectorApiException e = fault("EXCEEDED_ID_LIMIT");

    assertThat(e).isInstanceOf(InvalidRequestException.class);
    assertThat(e.vendorCode()).isEqualTo("EXCEEDED_ID_LIMIT");
  }
}

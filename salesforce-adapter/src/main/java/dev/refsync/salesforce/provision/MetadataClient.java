package dev.refsync.salesforce.provision;

import com.sforce.soap.metadata.Metadata;
import com.sforce.soap.metadata.MetadataConnection;
import com.sforce.soap.metadata.SaveResult;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import com.sforce.ws.SoapFaultException;
import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.UpstreamServerException;
import dev.refsync.salesforce.auth.JwtBearerAuthenticator;
import dev.refsync.salesforce.auth.SalesforceSession;
import dev.refsync.salesforce.config.SalesforceConfig;
import dev.refsync.salesforce.error.SalesforceErrorMapper;
import java.util.List;

/**
 * The Metadata API through Force.com WSC's {@link MetadataConnection} (VENDOR-FACTS
 * "provisioning"): endpoint {@code {instanceUrl}/services/Soap/m/{apiVersion}}, session id from the
 * JWT bearer session, re-minted once when Salesforce answers {@code INVALID_SESSION_ID}.
 */
public final class MetadataClient {
  private final SalesforceConfig config;
  private final JwtBearerAuthenticator auth;

  public MetadataClient(SalesforceConfig config, JwtBearerAuthenticator auth) {
    this.config = config.validate();
    this.auth = auth;
  }

  /** {@code readMetadata}: one entry per name, {@code fullName} null for a missing component. */
  public List<Metadata> read(ComponentType type, List<String> fullNames) {
    return List.of(
        call(
            "readMetadata " + type,
            c -> c.readMetadata(type.name(), fullNames.toArray(String[]::new)).getRecords()));
  }

  /** {@code createMetadata} of at most 10 components. */
  public List<SaveResult> create(List<Metadata> components) {
    return List.of(
        call("createMetadata", c -> c.createMetadata(components.toArray(Metadata[]::new))));
  }

  private <T> T call(String operation, MetadataCall<T> call) {
    SalesforceSession session = auth.session();
    try {
      return call.apply(connection(session));
    } catch (ConnectionException first) {
      if (!isInvalidSession(first)) {
        throw failure(operation, first);
      }
      SalesforceSession renewed = auth.renew(session);
      try {
        return call.apply(connection(renewed));
      } catch (ConnectionException second) {
        if (isInvalidSession(second)) {
          throw new AuthenticationException(
              SalesforceErrorMapper.SYSTEM,
              500,
              SalesforceErrorMapper.INVALID_SESSION_ID,
              "Salesforce Metadata API " + operation + " refused a freshly minted session",
              null);
        }
        throw failure(operation, second);
      }
    }
  }

  private MetadataConnection connection(SalesforceSession session) throws ConnectionException {
    ConnectorConfig wsc = new ConnectorConfig();
    String base = session.instanceUrl().toString().replaceAll("/+$", "");
    wsc.setServiceEndpoint(base + "/services/Soap/m/" + config.apiVersion());
    wsc.setSessionId(session.accessToken().reveal());
    wsc.setConnectionTimeout((int) config.connectTimeout().toMillis());
    wsc.setReadTimeout((int) config.requestTimeout().toMillis());
    return new MetadataConnection(wsc);
  }

  private static boolean isInvalidSession(ConnectionException e) {
    String code =
        e instanceof SoapFaultException fault && fault.getFaultCode() != null
            ? fault.getFaultCode().getLocalPart()
            : String.valueOf(e.getMessage());
    return code.contains(SalesforceErrorMapper.INVALID_SESSION_ID);
  }

  private static ConnectorApiException failure(String operation, ConnectionException e) {
    // SOAP faults other than the session (server errors, limits) and transport failures alike:
    // provisioning is re-runnable and creates only what is missing, so a retry is safe.
    return new UpstreamServerException(
        SalesforceErrorMapper.SYSTEM,
        0,
        e instanceof SoapFaultException fault && fault.getFaultCode() != null
            ? fault.getFaultCode().getLocalPart()
            : null,
        "Salesforce Metadata API " + operation + " failed: " + e.getMessage(),
        e);
  }

  @FunctionalInterface
  private interface MetadataCall<T> {
    T apply(MetadataConnection connection) throws ConnectionException;
  }
}

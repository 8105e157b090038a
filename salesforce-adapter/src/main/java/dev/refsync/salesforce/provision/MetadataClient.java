package dev.refsync.salesforce.provision;

import com.sforce.soap.metadata.Metadata;
import com.sforce.soap.metadata.MetadataConnection;
import com.sforce.soap.metadata.SaveResult;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import com.sforce.ws.SoapFaultException;
import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.core.error.QuotaExhaustedException;
import dev.refsync.core.error.UpstreamServerException;
import dev.refsync.salesforce.auth.JwtBearerAuthenticator;
import dev.refsync.salesforce.auth.SalesforceSession;
import dev.refsync.salesforce.config.SalesforceConfig;
import dev.refsync.salesforce.error.SalesforceErrorMapper;
import io.github.resilience4j.retry.Retry;
import java.util.List;

/**
 * The Metadata API through Force.com WSC's {@link MetadataConnection} (VENDOR-FACTS
 * "provisioning"): endpoint {@code {instanceUrl}/services/Soap/m/{apiVersion}}, session id from the
 * JWT bearer session, re-minted once when Salesforce answers {@code INVALID_SESSION_ID}.
 */
public final class MetadataClient {
  private final SalesforceConfig config;
  private final JwtBearerAuthenticator auth;
  private final Retry retry;

  /**
   * @param retry retries what the classifier calls RETRYABLE; provisioning only reads and creates
   *     what is missing, so repeating a call is safe
   */
  public MetadataClient(SalesforceConfig config, JwtBearerAuthenticator auth, Retry retry) {
    this.config = config.requireValid();
    this.auth = auth;
    this.retry = retry;
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
    return retry.executeSupplier(() -> authenticated(operation, call));
  }

  private <T> T authenticated(String operation, MetadataCall<T> call) {
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

  /**
   * A Metadata API failure as the core exception: a SOAP fault is Salesforce's answer (limit,
   * server error, or a permanent refusal such as {@code EXCEEDED_ID_LIMIT}); anything else is a
   * transport failure or an unparseable answer, which a retry may cure.
   */
  static ConnectorApiException failure(String operation, ConnectionException e) {
    String message = "Salesforce Metadata API " + operation + " failed: " + e.getMessage();
    if (!(e instanceof SoapFaultException fault) || fault.getFaultCode() == null) {
      return new UpstreamServerException(SalesforceErrorMapper.SYSTEM, 0, null, message, e);
    }
    String code = fault.getFaultCode().getLocalPart();
    return switch (code) {
      case SalesforceErrorMapper.REQUEST_LIMIT_EXCEEDED ->
          new QuotaExhaustedException(SalesforceErrorMapper.SYSTEM, 500, code, message, null);
      case "SERVER_UNAVAILABLE", "UNKNOWN_EXCEPTION", SalesforceErrorMapper.UNABLE_TO_LOCK_ROW ->
          new UpstreamServerException(SalesforceErrorMapper.SYSTEM, 500, code, message, e);
      default -> new InvalidRequestException(SalesforceErrorMapper.SYSTEM, 500, code, message, e);
    };
  }

  @FunctionalInterface
  private interface MetadataCall<T> {
    T apply(MetadataConnection connection) throws ConnectionException;
  }
}

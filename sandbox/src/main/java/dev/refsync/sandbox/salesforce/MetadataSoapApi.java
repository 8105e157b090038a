package dev.refsync.sandbox.salesforce;

import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Metadata API calls Refsync's provisioning makes through Force.com WSC ({@code
 * MetadataConnection.createMetadata} / {@code readMetadata} of {@code CustomObject} and {@code
 * CustomField}, DESIGN §8): {@code POST /services/Soap/m/{version}} with the session in {@code
 * SessionHeader/sessionId}. Answers {@code createMetadataResponse} ({@code result{errors*,
 * fullName, success}}) and {@code readMetadataResponse} ({@code result{records xsi:type=…}*}; a
 * name that does not exist gives an empty record, so its fullName reads as null, as Salesforce
 * does). Elements are written in the WSDL's sequence order, which WSC's parser relies on.
 */
final class MetadataSoapApi {

  /** Metadata API limit on components per create/read call (VENDOR-FACTS). */
  static final int MAX_COMPONENTS = 10;

  private final SalesforceStore store;
  private final Sessions sessions;
  private final Provisioner provisioner;

  MetadataSoapApi(SalesforceStore store, Sessions sessions, Provisioner provisioner) {
    this.store = store;
    this.sessions = sessions;
    this.provisioner = provisioner;
  }

  void register(EmulatorServer.Builder builder) {
    builder.route("POST", "/services/Soap/m/{version}", SalesforceEndpoints.METADATA, this::call);
  }

  private EmulatorResponse call(EmulatorRequest request) {
    Document doc;
    try {
      doc = SoapXml.parse(body(request));
    } catch (SoapXml.BadXml e) {
      return fault("soapenv:Client", "Could not parse the request: " + e.getMessage());
    }
    Element envelope = doc.getDocumentElement();
    if (!"Envelope".equals(envelope.getLocalName())
        || !SoapXml.SOAP_ENV.equals(envelope.getNamespaceURI())) {
      return fault("soapenv:Client", "The request is not a SOAP 1.1 envelope");
    }
    String session =
        SoapXml.child(envelope, "Header")
            .flatMap(h -> SoapXml.child(h, "SessionHeader"))
            .flatMap(h -> SoapXml.text(h, "sessionId"))
            .orElse(null);
    if (!sessions.valid(session)) {
      return fault(
          "sf:INVALID_SESSION_ID",
          "INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session");
    }
    Optional<Element> operation =
        SoapXml.child(envelope, "Body").flatMap(b -> SoapXml.children(b).stream().findFirst());
    if (operation.isEmpty()) {
      return fault("soapenv:Client", "The SOAP Body names no operation");
    }
    Element op = operation.get();
    return switch (op.getLocalName()) {
      case "createMetadata" -> create(op);
      case "readMetadata" -> read(op);
      default ->
          fault(
              "soapenv:Client",
              "No operation available for request {"
                  + SoapXml.METADATA_NS
                  + "}"
                  + op.getLocalName());
    };
  }

  /** WSC gzips its requests by default (ConnectorConfig compression), as Salesforce accepts. */
  private static byte[] body(EmulatorRequest request) throws SoapXml.BadXml {
    boolean gzip =
        request.header("content-encoding").map(v -> v.equalsIgnoreCase("gzip")).orElse(false);
    if (!gzip) {
      return request.body();
    }
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(request.body()))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new SoapXml.BadXml("the gzip request body is corrupt: " + e.getMessage());
    }
  }

  private EmulatorResponse create(Element op) {
    List<Element> components = SoapXml.children(op, "metadata");
    if (components.size() > MAX_COMPONENTS) {
      return fault(
          "sf:EXCEEDED_ID_LIMIT",
          "EXCEEDED_ID_LIMIT: record limit reached. cannot submit more than "
              + MAX_COMPONENTS
              + " records into this call");
    }
    StringBuilder out = new StringBuilder("<createMetadataResponse>");
    for (Element component : components) {
      String type = SoapXml.xsiType(component);
      String fullName = SoapXml.text(component, "fullName").orElse("");
      List<MetadataError> errors =
          store.read(
              () ->
                  switch (type) {
                    case "CustomObject" -> createObject(component);
                    case "CustomField" -> provisioner.createField(MetadataXml.field(component, ""));
                    default ->
                        List.of(
                            new MetadataError(
                                "INVALID_TYPE",
                                "The emulator provisions CustomObject and CustomField, not "
                                    + type));
                  });
      out.append("<result>");
      for (MetadataError e : errors) {
        out.append("<errors>");
        SoapXml.element(out, "message", e.message());
        SoapXml.element(out, "statusCode", e.statusCode());
        out.append("</errors>");
      }
      SoapXml.element(out, "fullName", fullName);
      SoapXml.element(out, "success", Boolean.toString(errors.isEmpty()));
      out.append("</result>");
    }
    out.append("</createMetadataResponse>");
    return envelope(200, out.toString());
  }

  /** A CustomObject with nested {@code fields}: the object first, then each field on it. */
  private List<MetadataError> createObject(Element component) {
    List<MetadataError> errors =
        new ArrayList<>(provisioner.createObject(MetadataXml.object(component)));
    if (errors.isEmpty()) {
      String objectName = SoapXml.text(component, "fullName").orElse("");
      for (Element field : SoapXml.children(component, "fields")) {
        errors.addAll(provisioner.createField(MetadataXml.field(field, objectName + ".")));
      }
    }
    return errors;
  }

  private EmulatorResponse read(Element op) {
    String type = SoapXml.text(op, "type").orElse("");
    List<String> names =
        SoapXml.children(op, "fullNames").stream().map(e -> e.getTextContent().trim()).toList();
    if (names.size() > MAX_COMPONENTS) {
      return fault(
          "sf:EXCEEDED_ID_LIMIT",
          "EXCEEDED_ID_LIMIT: record limit reached. cannot submit more than "
              + MAX_COMPONENTS
              + " records into this call");
    }
    Map<String, String> records = new LinkedHashMap<>();
    store.read(
        () -> {
          for (String name : names) {
            records.put(name, record(type, name));
          }
          return null;
        });
    StringBuilder out = new StringBuilder("<readMetadataResponse><result>");
    records.values().forEach(out::append);
    out.append("</result></readMetadataResponse>");
    return envelope(200, out.toString());
  }

  private String record(String type, String name) {
    Optional<String> body =
        switch (type) {
          case "CustomObject" ->
              provisioner
                  .object(name)
                  .map(o -> MetadataXml.objectBody(o, provisioner.fieldsOf(o.fullName())));
          case "CustomField" -> provisioner.field(name).map(f -> MetadataXml.fieldBody(f, true));
          default -> Optional.empty();
        };
    return "<records xsi:type=\"" + SoapXml.escape(type) + "\">" + body.orElse("") + "</records>";
  }

  private static EmulatorResponse fault(String code, String message) {
    return envelope(
        500,
        "<soapenv:Fault><faultcode>"
            + SoapXml.escape(code)
            + "</faultcode><faultstring>"
            + SoapXml.escape(message)
            + "</faultstring></soapenv:Fault>");
  }

  private static EmulatorResponse envelope(int status, String body) {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<soapenv:Envelope xmlns:soapenv=\""
            + SoapXml.SOAP_ENV
            + "\" xmlns=\""
            + SoapXml.METADATA_NS
            + "\" xmlns:sf=\""
            + SoapXml.METADATA_NS
            + "\" xmlns:xsi=\""
            + SoapXml.XSI
            + "\"><soapenv:Body>"
            + body
            + "</soapenv:Body></soapenv:Envelope>";
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "text/xml;charset=UTF-8");
    return new EmulatorResponse(status, headers, xml.getBytes(StandardCharsets.UTF_8));
  }
}

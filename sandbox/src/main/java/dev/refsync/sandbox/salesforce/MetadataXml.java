package dev.refsync.sandbox.salesforce;

import java.util.List;
import org.w3c.dom.Element;

/**
 * Maps Metadata API XML to {@link CustomObjectSpec} / {@link CustomFieldSpec} and back. Output
 * elements follow the WSDL sequence (alphabetical after {@code fullName}).
 */
final class MetadataXml {

  private MetadataXml() {}

  static CustomObjectSpec object(Element e) {
    Element nameField = SoapXml.child(e, "nameField").orElse(null);
    return new CustomObjectSpec(
        SoapXml.text(e, "fullName").orElse(null),
        SoapXml.text(e, "label").orElse(null),
        SoapXml.text(e, "pluralLabel").orElse(null),
        nameField == null ? null : SoapXml.text(nameField, "label").orElse(null),
        nameField == null ? null : SoapXml.text(nameField, "type").orElse("Text"),
        SoapXml.text(e, "deploymentStatus").orElse(null),
        SoapXml.text(e, "sharingModel").orElse(null));
  }

  /** A field element; {@code objectPrefix} completes the short names used inside a CustomObject. */
  static CustomFieldSpec field(Element e, String objectPrefix) {
    List<String> values =
        SoapXml.child(e, "valueSet")
            .flatMap(v -> SoapXml.child(v, "valueSetDefinition"))
            .map(
                d ->
                    SoapXml.children(d, "value").stream()
                        .map(v -> SoapXml.text(v, "fullName").orElse(""))
                        .toList())
            .orElse(List.of());
    return new CustomFieldSpec(
        objectPrefix + SoapXml.text(e, "fullName").orElse(""),
        SoapXml.text(e, "label").orElse(null),
        SoapXml.text(e, "type").orElse(null),
        integer(e, "length"),
        integer(e, "precision"),
        integer(e, "scale"),
        bool(e, "externalId"),
        bool(e, "unique"),
        bool(e, "required"),
        SoapXml.text(e, "referenceTo").orElse(null),
        SoapXml.text(e, "relationshipName").orElse(null),
        values);
  }

  static String objectBody(CustomObjectSpec o, List<CustomFieldSpec> fields) {
    StringBuilder out = new StringBuilder();
    SoapXml.element(out, "fullName", o.fullName());
    SoapXml.element(out, "deploymentStatus", o.deploymentStatus());
    for (CustomFieldSpec f : fields) {
      out.append("<fields>").append(fieldBody(f, false)).append("</fields>");
    }
    SoapXml.element(out, "label", o.label());
    out.append("<nameField>");
    SoapXml.element(out, "label", o.nameFieldLabel());
    SoapXml.element(out, "type", o.nameFieldType());
    out.append("</nameField>");
    SoapXml.element(out, "pluralLabel", o.pluralLabel());
    SoapXml.element(out, "sharingModel", o.sharingModel());
    return out.toString();
  }

  /** A field's elements; inside a CustomObject its fullName is the short field name. */
  static String fieldBody(CustomFieldSpec f, boolean qualified) {
    StringBuilder out = new StringBuilder();
    SoapXml.element(out, "fullName", qualified ? f.fullName() : f.fieldName());
    SoapXml.element(out, "externalId", Boolean.toString(f.externalId()));
    SoapXml.element(out, "label", f.label());
    if (f.length() > 0) {
      SoapXml.element(out, "length", Integer.toString(f.length()));
    }
    if (f.precision() > 0) {
      SoapXml.element(out, "precision", Integer.toString(f.precision()));
    }
    SoapXml.element(out, "referenceTo", f.referenceTo());
    SoapXml.element(out, "relationshipName", f.relationshipName());
    SoapXml.element(out, "required", Boolean.toString(f.required()));
    if (f.precision() > 0) {
      SoapXml.element(out, "scale", Integer.toString(f.scale()));
    }
    SoapXml.element(out, "type", f.type());
    SoapXml.element(out, "unique", Boolean.toString(f.unique()));
    if (!f.picklistValues().isEmpty()) {
      out.append("<valueSet><valueSetDefinition>");
      for (String v : f.picklistValues()) {
        out.append("<value>");
        SoapXml.element(out, "fullName", v);
        SoapXml.element(out, "default", "false");
        SoapXml.element(out, "label", v);
        out.append("</value>");
      }
      out.append("</valueSetDefinition></valueSet>");
    }
    return out.toString();
  }

  private static int integer(Element e, String name) {
    return SoapXml.text(e, name)
        .map(
            t -> {
              try {
                return (int) Double.parseDouble(t);
              } catch (NumberFormatException ex) {
                return 0;
              }
            })
        .orElse(0);
  }

  private static boolean bool(Element e, String name) {
    return SoapXml.text(e, name).map(Boolean::parseBoolean).orElse(false);
  }
}

package dev.refsync.sandbox.salesforce;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reading SOAP requests with the JDK's DOM parser, hardened against XXE: DOCTYPE declarations are
 * refused outright, external entities and schemas are never fetched; and writing escaped text.
 */
final class SoapXml {

  static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";
  static final String METADATA_NS = "http://soap.sforce.com/2006/04/metadata";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  /** The request was not well-formed XML, or declared a DTD. */
  static final class BadXml extends Exception {
    private static final long serialVersionUID = 1L;

    BadXml(String message) {
      super(message);
    }
  }

  private SoapXml() {}

  static Document parse(byte[] body) throws BadXml {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(body));
    } catch (SAXException | IOException e) {
      throw new BadXml(e.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK parser supports every feature set here", e);
    }
  }

  static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  static List<Element> children(Element parent, String localName) {
    return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
  }

  static Optional<Element> child(Element parent, String localName) {
    return children(parent, localName).stream().findFirst();
  }

  static Optional<String> text(Element parent, String localName) {
    return child(parent, localName).map(Node::getTextContent).map(String::trim);
  }

  /** {@code xsi:type} without its namespace prefix ({@code tns:CustomObject} → CustomObject). */
  static String xsiType(Element e) {
    String type = e.getAttributeNS(XSI, "type");
    int colon = type.indexOf(':');
    return colon < 0 ? type : type.substring(colon + 1);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static void element(StringBuilder out, String name, String value) {
    if (value != null) {
      out.append('<')
          .append(name)
          .append('>')
          .append(escape(value))
          .append("</")
          .append(name)
          .append('>');
    }
  }
}

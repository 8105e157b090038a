package dev.refsync.sandbox.salesforce;

/**
 * A Metadata API save error ({@code errors{message, statusCode}}); {@code statusCode} is a value of
 * the WSDL's StatusCode enumeration so WSC can parse it.
 */
public record MetadataError(String statusCode, String message) {}

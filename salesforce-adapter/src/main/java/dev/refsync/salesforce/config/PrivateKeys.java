package dev.refsync.salesforce.config;

import dev.refsync.core.config.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

/**
 * Loads the connected app's PEM private key from a file or an environment variable, and parses it.
 * Error messages name where the key was looked for, never its content.
 */
public final class PrivateKeys {
  private static final String PKCS8_BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String PKCS8_END = "-----END PRIVATE KEY-----";
  private static final String PKCS1_BEGIN = "-----BEGIN RSA PRIVATE KEY-----";

  private PrivateKeys() {}

  /** The PEM text of a key file. */
  public static Secret fromFile(Path file) {
    try {
      return Secret.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new InvalidPrivateKeyException(
          "Salesforce private key file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new InvalidPrivateKeyException(
          "Salesforce private key file " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The PEM text held by an environment variable of {@code environment} (System.getenv()). */
  public static Secret fromEnvironment(String variable, Map<String, String> environment) {
    String value = environment.get(variable);
    if (value == null || value.isBlank()) {
      throw new InvalidPrivateKeyException(
          "environment variable "
              + variable
              + " is not set: it must hold the Salesforce private key (PKCS#8 PEM)",
          null);
    }
    return Secret.of(value);
  }

  /** Parses a PKCS#8 PEM RSA key; {@code source} names where it came from for error messages. */
  public static PrivateKey parse(Secret pem, String source) {
    String text = pem.reveal().strip();
    if (text.startsWith(PKCS1_BEGIN)) {
      throw new InvalidPrivateKeyException(
          "the Salesforce private key from "
              + source
              + " is PKCS#1 (BEGIN RSA PRIVATE KEY); convert it with "
              + "'openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem'",
          null);
    }
    int begin = text.indexOf(PKCS8_BEGIN);
    int end = text.indexOf(PKCS8_END);
    if (begin < 0 || end < begin) {
      throw new InvalidPrivateKeyException(
          "the Salesforce private key from "
              + source
              + " is not a PEM block between "
              + PKCS8_BEGIN
              + " and "
              + PKCS8_END,
          null);
    }
    String base64 = text.substring(begin + PKCS8_BEGIN.length(), end).replaceAll("\\s", "");
    try {
      byte[] der = Base64.getDecoder().decode(base64);
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      // The cause's message may quote key bytes: keep only its type.
      throw new InvalidPrivateKeyException(
          "the Salesforce private key from "
              + source
              + " is not a valid unencrypted PKCS#8 RSA key ("
              + e.getClass().getSimpleName()
              + ")",
          null);
    }
  }
}

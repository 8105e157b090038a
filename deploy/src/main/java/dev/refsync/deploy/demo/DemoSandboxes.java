package dev.refsync.deploy.demo;

import dev.refsync.sandbox.hubspot.HubSpotEmulator;
import dev.refsync.sandbox.salesforce.SalesforceEmulator;
import dev.refsync.sandbox.stripe.StripeEmulator;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.Base64;

/**
 * The three vendor sandboxes {@code refsync demo} runs against, on random loopback ports, with the
 * credentials the demo's {@code refsync.yaml} hands the daemon. Limits are the vendors' defaults
 * for a Professional HubSpot portal, an Enterprise Salesforce org and Stripe test mode.
 */
public final class DemoSandboxes implements AutoCloseable {
  public static final String HUBSPOT_TOKEN = "pat-na1-demo-0000-0000-0000-000000000000";
  public static final String HUBSPOT_CLIENT_SECRET = "demo-hubspot-client-secret";
  public static final String SALESFORCE_USER = "refsync@demo.example";
  public static final String SALESFORCE_CLIENT_ID = "3MVG9RefsyncDemoConnectedApp";
  public static final String STRIPE_KEY = "sk_test_refsyncdemo0000000000";
  public static final String STRIPE_WEBHOOK_SECRET = "whsec_refsyncdemo";

  public final HubSpotEmulator hubspot;
  public final SalesforceEmulator salesforce;
  public final StripeEmulator stripe;
  private final KeyPair appKey;

  private DemoSandboxes(
      HubSpotEmulator hubspot, SalesforceEmulator salesforce, StripeEmulator stripe, KeyPair key) {
    this.hubspot = hubspot;
    this.salesforce = salesforce;
    this.stripe = stripe;
    this.appKey = key;
  }

  /** Starts all three on the given clock. */
  public static DemoSandboxes start(Clock clock) {
    KeyPair key = rsa();
    HubSpotEmulator hubspot =
        HubSpotEmulator.start(
            dev.refsync.sandbox.hubspot.HubSpotConfig.defaults(HUBSPOT_TOKEN, clock)
                .withTenSecondlyLimit(190));
    SalesforceEmulator salesforce =
        SalesforceEmulator.start(
            dev.refsync.sandbox.salesforce.SalesforceConfig.defaults(
                    SALESFORCE_USER, "demo-password", SALESFORCE_CLIENT_ID, "demo-secret", clock)
                .withJwtPublicKey((RSAPublicKey) key.getPublic()));
    StripeEmulator stripe =
        StripeEmulator.start(dev.refsync.sandbox.stripe.StripeConfig.defaults(STRIPE_KEY, clock));
    return new DemoSandboxes(hubspot, salesforce, stripe, key);
  }

  /** The connected app's private key as PKCS#8 PEM, for the demo's key file. */
  public String salesforcePrivateKeyPem() {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(appKey.getPrivate().getEncoded());
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
  }

  /** Request counts of each sandbox, by system name as the report spells it. */
  public long requests(String system) {
    return switch (system) {
      case "salesforce" -> salesforce.totalRequests();
      case "hubspot" -> hubspot.totalRequests();
      case "stripe" -> stripe.totalRequests();
      default -> throw new IllegalArgumentException(system);
    };
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("RSA is always available", e);
    }
  }

  @Override
  public void close() {
    hubspot.close();
    salesforce.close();
    stripe.close();
  }
}

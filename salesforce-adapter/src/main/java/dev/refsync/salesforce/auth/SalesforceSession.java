package dev.refsync.salesforce.auth;

import dev.refsync.core.config.Secret;
import java.net.URI;
import java.time.Instant;

/**
 * An access token and the org's instance it is valid for.
 *
 * @param accessToken the bearer token, masked in {@code toString}
 * @param instanceUrl where REST and Metadata calls go ({@code instance_url})
 * @param issuedAt when Refsync minted it, by the injected clock
 */
public record SalesforceSession(Secret accessToken, URI instanceUrl, Instant issuedAt) {}

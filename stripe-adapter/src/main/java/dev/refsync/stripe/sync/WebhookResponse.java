package dev.refsync.stripe.sync;

/**
 * What the daemon answers Stripe for one webhook delivery.
 *
 * @param status 200 stored (or nothing to store), 400 bad signature or body (Stripe stops retrying
 *     only on 2xx, so a genuine delivery refused by a misconfigured secret keeps coming back and
 *     the events feed reconciles it anyway), 503 Stripe failed a lookup the translation needs
 *     (Stripe delivers again later)
 * @param body a short JSON body, never echoing the secret or the payload
 */
public record WebhookResponse(int status, String body) {}

package dev.refsync.core.store;

import java.time.Instant;

/**
 * A pull cursor as stored, for reporting (e.g. {@code refsync status}).
 *
 * @param connectionName the connection that pulls, e.g. {@code salesforce-main}
 * @param objectType the vendor object pulled, e.g. {@code Opportunity}
 * @param cursor where the next pull resumes
 * @param updatedAt when the cursor last moved
 */
public record StoredCursor(
    String connectionName, String objectType, Cursor cursor, Instant updatedAt) {}

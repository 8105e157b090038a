/**
 * The relational state store of DESIGN 9: embedded H2 file by default, PostgreSQL in production,
 * schema by Flyway ({@code db/migration/V1__state_store.sql}).
 *
 * <h2>Tables</h2>
 *
 * <ul>
 *   <li>{@code canonical_snapshot} — the latest canonical form (JSON) of every record read from a
 *       source, keyed by (source_system, object_type, external_id), with a deleted flag. Referrals
 *       live here too ({@code canonical_kind = 'REFERRAL'}): they are pulled, upserted and deleted
 *       exactly like the other records, so a separate table would duplicate that code path.
 *   <li>{@code attribution}, {@code attribution_rejection} — the latest engine run's output.
 *   <li>{@code commission_ledger} — append-only; {@code commission_payout} — one payout per entry,
 *       from which {@code PAID} is derived without touching the ledger row.
 *   <li>{@code sync_cursor} — one (time, id) cursor per (connection, object type).
 *   <li>{@code outbox} — one row per CRM target, PENDING / DONE / DEAD; {@code dead_letter}.
 * </ul>
 *
 * <h2>Portability choices</h2>
 *
 * <ul>
 *   <li>One migration location for both databases: only standard types and constraints, JSON in
 *       {@code TEXT}, money in {@code DECIMAL(19,4)}, instants in {@code TIMESTAMP WITH TIME ZONE}
 *       (written in UTC, truncated to microseconds, the precision both databases keep).
 *   <li>Upserts are "update, then insert when no row was updated" inside the caller's transaction,
 *       not {@code MERGE} / {@code ON CONFLICT}, which differ between the two. The daemon is the
 *       single writer; a racing second writer would hit the primary key and roll back, never create
 *       a duplicate.
 *   <li>Append-only is enforced by this package having no UPDATE or DELETE on {@code
 *       commission_ledger}; no database trigger, because trigger bodies are not portable (H2
 *       triggers are Java classes, PostgreSQL's are PL/pgSQL).
 * </ul>
 *
 * <p>Entry point: {@link dev.refsync.core.store.Store}.
 */
package dev.refsync.core.store;

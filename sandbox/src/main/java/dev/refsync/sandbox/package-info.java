/**
 * Stateful local emulators of the vendor APIs Refsync uses. Depends on no production module: it
 * must behave like the vendor, not like Refsync.
 */
package dev.refsync.sandbox;
